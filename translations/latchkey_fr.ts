<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityText</name>
    <message>
        <source>“%1”</source>
        <comment>a name in a sentence</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>les métadonnées</translation>
    </message>
    <message>
        <source>the scopes</source>
        <translation>les scopes</translation>
    </message>
    <message>
        <source>the allowed origins</source>
        <translation>les origines autorisées</translation>
    </message>
    <message>
        <source>the IP allowlist</source>
        <translation>la liste d’IP autorisées</translation>
    </message>
    <message>
        <source>the endpoints</source>
        <translation>les endpoints</translation>
    </message>
    <message>
        <source>the rate limit</source>
        <translation>la limite de débit</translation>
    </message>
    <message>
        <source>the expiry</source>
        <translation>l’expiration</translation>
    </message>
    <message>
        <source>its settings</source>
        <translation>les réglages</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list: &apos;the name, the scopes and the expiry&apos;</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>la clé %1</translation>
    </message>
    <message>
        <source>the secret key %1</source>
        <translation>la clé secrète %1</translation>
    </message>
    <message>
        <source>the public key %1</source>
        <translation>la clé publique %1</translation>
    </message>
    <message>
        <source>the webhook endpoint %1</source>
        <translation>l’endpoint de webhook %1</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <comment>an event in the live environment</comment>
        <translation>%1 (live)</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <comment>an event in the test environment</comment>
        <translation>%1 (test)</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>Le système</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>%1 a créé %2</translation>
    </message>
    <message>
        <source>%1 changed %2 of %3</source>
        <translation>%1 a modifié %2 de %3</translation>
    </message>
    <message>
        <source>%1 revoked %2</source>
        <translation>%1 a révoqué %2</translation>
    </message>
    <message>
        <source>%1 rolled %2; the old secret stops working after %3</source>
        <translation>%1 a renouvelé %2&#xa0;; l’ancien secret cesse de fonctionner après %3</translation>
    </message>
    <message>
        <source>%1 rolled %2; the old secret stopped working at once</source>
        <translation>%1 a renouvelé %2&#xa0;; l’ancien secret a cessé de fonctionner aussitôt</translation>
    </message>
    <message>
        <source>%1 invited %2 as %3</source>
        <translation>%1 a invité %2 comme %3</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation of %2</source>
        <translation>%1 a retiré l’invitation de %2</translation>
    </message>
    <message>
        <source>%1 joined as %2</source>
        <translation>%1 a rejoint l’espace comme %2</translation>
    </message>
    <message>
        <source>%1 changed the role of %2 from %3 to %4</source>
        <translation>%1 a changé le rôle de %2 de %3 à %4</translation>
    </message>
    <message>
        <source>%1 removed %2 (%3)</source>
        <translation>%1 a retiré %2 (%3)</translation>
    </message>
    <message>
        <source>%1 signed in</source>
        <translation>%1 s’est connecté</translation>
    </message>
    <message>
        <source>%1 changed their password and ended their other sessions</source>
        <translation>%1 a changé son mot de passe et fermé ses autres sessions</translation>
    </message>
    <message>
        <source>%1 changed the password of %2 and ended their other sessions</source>
        <translation>%1 a changé le mot de passe de %2 et fermé ses autres sessions</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 a ajouté %2</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 a supprimé %2</translation>
    </message>
    <message>
        <source>%1 rotated the signing secret of %2</source>
        <translation>%1 a renouvelé le secret de signature de %2</translation>
    </message>
    <message>
        <source>%1 created the workspace %2</source>
        <translation>%1 a créé l’espace de travail %2</translation>
    </message>
    <message>
        <source>%1 renamed the workspace %2 to %3</source>
        <translation>%1 a renommé l’espace de travail %2 en %3</translation>
    </message>
    <message>
        <source>%1 turned the service %2 on</source>
        <translation>%1 a activé le service %2</translation>
    </message>
    <message>
        <source>%1 turned the service %2 off</source>
        <translation>%1 a désactivé le service %2</translation>
    </message>
    <message>
        <source>%1 did %2 on %3</source>
        <comment>an action without a sentence of its own</comment>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>nothing named</source>
        <translation>rien de nommé</translation>
    </message>
    <message>
        <source>Every key event</source>
        <translation>Tous les événements de clé</translation>
    </message>
    <message>
        <source>Every member event</source>
        <translation>Tous les événements de membre</translation>
    </message>
    <message>
        <source>Every webhook event</source>
        <translation>Tous les événements de webhook</translation>
    </message>
    <message>
        <source>Every workspace event</source>
        <translation>Tous les événements d’espace de travail</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>Clé créée</translation>
    </message>
    <message>
        <source>Key changed</source>
        <translation>Clé modifiée</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Clé révoquée</translation>
    </message>
    <message>
        <source>Key rolled</source>
        <translation>Clé renouvelée</translation>
    </message>
    <message>
        <source>Member invited</source>
        <translation>Membre invité</translation>
    </message>
    <message>
        <source>Invitation withdrawn</source>
        <translation>Invitation retirée</translation>
    </message>
    <message>
        <source>Member joined</source>
        <translation>Membre arrivé</translation>
    </message>
    <message>
        <source>Member&apos;s role changed</source>
        <translation>Rôle d’un membre changé</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Membre retiré</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Webhook endpoint added</source>
        <translation>Endpoint de webhook ajouté</translation>
    </message>
    <message>
        <source>Webhook endpoint deleted</source>
        <translation>Endpoint de webhook supprimé</translation>
    </message>
    <message>
        <source>Webhook signing secret rotated</source>
        <translation>Secret de signature de webhook renouvelé</translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation>Espace de travail créé</translation>
    </message>
    <message>
        <source>Workspace renamed</source>
        <translation>Espace de travail renommé</translation>
    </message>
    <message>
        <source>Service turned on or off</source>
        <translation>Service activé ou désactivé</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No API key provided. Send it as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation>Aucune clé d&apos;API fournie. Envoyez-la sous la forme &apos;Authorization: Bearer &lt;key&gt;&apos;.</translation>
    </message>
    <message>
        <source>The workspace&apos;s subscription to the service &apos;%1&apos; is not active.</source>
        <translation>L&apos;abonnement de l&apos;espace de travail au service &apos;%1&apos; n&apos;est pas actif.</translation>
    </message>
    <message>
        <source>This API key does not have the scope &apos;%1&apos;.</source>
        <translation>Cette clé d&apos;API n&apos;a pas la portée &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; cannot be granted: %2</source>
        <translation>La portée &apos;%1&apos; ne peut pas être accordée&#xa0;: %2</translation>
    </message>
    <message>
        <source>This public key may only be used from its allowed origins, and the request carried no Origin.</source>
        <translation>Cette clé publique ne peut être utilisée que depuis ses origines autorisées, et la requête ne portait pas d&apos;en-tête Origin.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; is not on this key&apos;s allowlist.</source>
        <translation>L&apos;origine &apos;%1&apos; ne figure pas dans la liste d&apos;autorisation de cette clé.</translation>
    </message>
    <message>
        <source>The IP address &apos;%1&apos; is not on this key&apos;s allowlist.</source>
        <translation>L&apos;adresse IP &apos;%1&apos; ne figure pas dans la liste d&apos;autorisation de cette clé.</translation>
    </message>
    <message>
        <source>This key may not call &apos;%1 %2&apos;.</source>
        <translation>Cette clé n&apos;a pas le droit d&apos;appeler &apos;%1 %2&apos;.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Le corps de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>Too many requests with this key. Retry after the time in Retry-After.</source>
        <translation>Trop de requêtes avec cette clé. Réessayez après le délai indiqué dans Retry-After.</translation>
    </message>
    <message>
        <source>This key may only be used from its allowed IP addresses, and the request named no client address (&quot;ip&quot;).</source>
        <translation>Cette clé ne peut être utilisée que depuis ses adresses IP autorisées, et la requête n&apos;indiquait aucune adresse de client («&#xa0;ip&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>AuditFilter</name>
    <message>
        <source>actor must be an email address, a key&apos;s display form or &apos;system&apos;, of at most %1 characters.</source>
        <translation>actor doit être une adresse e-mail, la forme affichée d’une clé ou &apos;system&apos;, de %1 caractères au plus.</translation>
    </message>
    <message>
        <source>action must be one action, such as api_key.revoked, or a family of actions, such as api_key.*.</source>
        <translation>action doit être une action, comme api_key.revoked, ou une famille d’actions, comme api_key.*.</translation>
    </message>
    <message>
        <source>target must be an object&apos;s id, such as key_….</source>
        <translation>target doit être l’identifiant d’un objet, comme key_….</translation>
    </message>
    <message>
        <source>created_lte is earlier than created_gte.</source>
        <translation>created_lte est antérieur à created_gte.</translation>
    </message>
    <message>
        <source>%1 must be a time in RFC 3339 form, such as 2026-01-31T09:00:00Z.</source>
        <translation>%1 doit être une heure au format RFC 3339, comme 2026-01-31T09:00:00Z.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>record %1 is missing or out of order (found %2)</source>
        <translation>l&apos;entrée %1 manque ou n&apos;est pas à sa place (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>its link to the previous record does not match</source>
        <translation>son lien vers l&apos;entrée précédente ne correspond pas</translation>
    </message>
    <message>
        <source>its contents do not match its hash</source>
        <translation>son contenu ne correspond pas à son hachage</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>API keys cannot manage members, invitations, workspaces or passwords; sign in instead.</source>
        <translation>Les clés d&apos;API ne peuvent pas gérer les membres, les invitations, les espaces de travail ni les mots de passe&#xa0;; connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>Only an owner of the workspace can do this (your role: %1).</source>
        <translation>Seul un propriétaire de l&apos;espace de travail peut faire cela (votre rôle&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Only owners and admins can manage members and invitations (your role: %1).</source>
        <translation>Seuls les propriétaires et les administrateurs peuvent gérer les membres et les invitations (votre rôle&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Your role (%1) cannot see API keys.</source>
        <translation>Votre rôle (%1) ne permet pas de voir les clés d&apos;API.</translation>
    </message>
    <message>
        <source>Your role (%1) cannot change API keys.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les clés d&apos;API.</translation>
    </message>
    <message>
        <source>Your role (%1) cannot see webhook endpoints.</source>
        <translation>Votre rôle (%1) ne permet pas de voir les points de terminaison de webhook.</translation>
    </message>
    <message>
        <source>Your role (%1) cannot change webhook endpoints.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les points de terminaison de webhook.</translation>
    </message>
    <message>
        <source>Your role (%1) cannot read the audit log.</source>
        <translation>Votre rôle (%1) ne permet pas de lire le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>You cannot invite someone as %1: nobody invites above their own role (%2).</source>
        <translation>Vous ne pouvez pas inviter quelqu&apos;un comme %1&#xa0;: personne n&apos;invite au-dessus de son propre rôle (%2).</translation>
    </message>
    <message>
        <source>Only an owner can change another owner&apos;s role.</source>
        <translation>Seul un propriétaire peut modifier le rôle d&apos;un autre propriétaire.</translation>
    </message>
    <message>
        <source>You cannot make someone %1: nobody gives a role above their own (%2).</source>
        <translation>Vous ne pouvez pas nommer quelqu&apos;un %1&#xa0;: personne ne donne un rôle supérieur au sien (%2).</translation>
    </message>
    <message>
        <source>Only an owner can remove another owner.</source>
        <translation>Seul un propriétaire peut retirer un autre propriétaire.</translation>
    </message>
    <message>
        <source>The offline sandbox holds test keys only (sk_test_, pk_test_): live keys are created and verified on a Latchkey server.</source>
        <translation>Le bac à sable hors ligne ne contient que des clés de test (sk_test_, pk_test_)&#xa0;: les clés live sont créées et vérifiées sur un serveur Latchkey.</translation>
    </message>
</context>
<context>
    <name>Cidr</name>
    <message>
        <source>An IP allowlist entry is empty; write an address such as 203.0.113.7 or a network such as 10.0.0.0/8.</source>
        <translation>Une entrée de la liste d&apos;autorisation IP est vide&#xa0;; indiquez une adresse comme 203.0.113.7 ou un réseau comme 10.0.0.0/8.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long for an IP address or network.</source>
        <translation>&apos;%1&apos; est trop long pour une adresse IP ou un réseau.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 or IPv6 address; write IPv4 as four numbers from 0 to 255 without leading zeros, e.g. 192.0.2.10.</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IPv4 ou IPv6 valide&#xa0;; écrivez une adresse IPv4 sous forme de quatre nombres de 0 à 255 sans zéros initiaux, p. ex. 192.0.2.10.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an IPv6 zone id (&apos;%&apos;); allowlists take addresses without one.</source>
        <translation>&apos;%1&apos; comporte un identifiant de zone IPv6 (&apos;%&apos;)&#xa0;; les listes d&apos;autorisation n&apos;acceptent que des adresses sans identifiant de zone.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address.</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <source>The prefix length in &apos;%1&apos; must be a number from 0 to %2.</source>
        <translation>La longueur de préfixe dans &apos;%1&apos; doit être un nombre de 0 à %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has bits set after the /%2 prefix; did you mean &apos;%3&apos;?</source>
        <translation>&apos;%1&apos; a des bits à 1 après le préfixe /%2&#xa0;; vouliez-vous dire &apos;%3&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>An IP allowlist holds at most %1 entries; merge addresses into networks such as 10.0.0.0/8.</source>
        <translation>Une liste d&apos;autorisation IP contient au plus %1 entrées&#xa0;; regroupez les adresses en réseaux comme 10.0.0.0/8.</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>An encrypted secret is damaged (too short).</source>
        <translation>Un secret chiffré est endommagé (trop court).</translation>
    </message>
    <message>
        <source>An encrypted secret could not be decrypted: the master key is wrong or the data was changed.</source>
        <translation>Un secret chiffré n&apos;a pas pu être déchiffré&#xa0;: la clé maîtresse est incorrecte ou les données ont été modifiées.</translation>
    </message>
    <message>
        <source>The master key file %1 is readable by other users; make it private (chmod 600) and try again.</source>
        <translation>Le fichier de clé maîtresse %1 est lisible par d&apos;autres utilisateurs&#xa0;; rendez-le privé (chmod 600) et réessayez.</translation>
    </message>
    <message>
        <source>Cannot read the master key file %1: %2</source>
        <translation>Impossible de lire le fichier de clé maîtresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The master key file %1 is damaged: it must hold exactly 32 bytes.</source>
        <translation>Le fichier de clé maîtresse %1 est endommagé&#xa0;: il doit contenir exactement 32 octets.</translation>
    </message>
    <message>
        <source>Cannot create the master key file %1: %2</source>
        <translation>Impossible de créer le fichier de clé maîtresse %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>%1 is not valid text: it has a lone UTF-16 surrogate.</source>
        <translation>%1 n&apos;est pas un texte valide&#xa0;: il contient un demi-code UTF-16 isolé.</translation>
    </message>
    <message>
        <source>%1 contains the control character U+%2 (a line break, tab, escape or similar); write it on one line without it.</source>
        <translation>%1 contient le caractère de contrôle U+%2 (saut de ligne, tabulation, échappement ou autre)&#xa0;; écrivez-le sur une seule ligne, sans ce caractère.</translation>
    </message>
    <message>
        <source>%1 contains the bidirectional control U+%2, which can make text read differently from what it is; remove it.</source>
        <translation>%1 contient le contrôle bidirectionnel U+%2, qui peut faire lire le texte autrement qu&apos;il n&apos;est&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <source>%1 has no visible character: it is made only of spaces or invisible characters.</source>
        <translation>%1 n&apos;a aucun caractère visible&#xa0;: il n&apos;est fait que d&apos;espaces ou de caractères invisibles.</translation>
    </message>
</context>
<context>
    <name>EndpointPattern</name>
    <message>
        <source>An endpoint pattern is empty; write an optional method and a path, e.g. &apos;%1&apos;.</source>
        <translation>Un motif de point de terminaison est vide&#xa0;; indiquez une méthode facultative et un chemin, p. ex. &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The endpoint pattern &apos;%1&apos; is too long.</source>
        <translation>Le motif de point de terminaison &apos;%1&apos; est trop long.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an endpoint pattern; write an optional method and a path starting with &apos;/&apos;, e.g. &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; n&apos;est pas un motif de point de terminaison&#xa0;; indiquez une méthode facultative et un chemin commençant par &apos;/&apos;, p. ex. &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method; use GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, or * for any method.</source>
        <translation>&apos;%1&apos; n&apos;est pas une méthode HTTP&#xa0;; utilisez GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, ou * pour toutes les méthodes.</translation>
    </message>
    <message>
        <source>The path in &apos;%1&apos; must start with &apos;/&apos;, e.g. /v1/forms/*.</source>
        <translation>Le chemin dans &apos;%1&apos; doit commencer par &apos;/&apos;, p. ex. /v1/forms/*.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a query string; endpoint patterns match the path only.</source>
        <translation>&apos;%1&apos; contient une chaîne de requête&#xa0;; les motifs de point de terminaison ne portent que sur le chemin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a fragment; endpoint patterns match the path only.</source>
        <translation>&apos;%1&apos; contient un fragment&#xa0;; les motifs de point de terminaison ne portent que sur le chemin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is percent-encoded; write the path with plain characters, and &apos;*&apos; for a segment that varies.</source>
        <translation>&apos;%1&apos; est encodé en pourcentage&#xa0;; écrivez le chemin avec des caractères ordinaires, et &apos;*&apos; pour un segment variable.</translation>
    </message>
    <message>
        <source>The path in &apos;%1&apos; contains a space.</source>
        <translation>Le chemin dans &apos;%1&apos; contient une espace.</translation>
    </message>
    <message>
        <source>The path in &apos;%1&apos; contains the character U+%2, which is not allowed in a path.</source>
        <translation>Le chemin dans &apos;%1&apos; contient le caractère U+%2, qui n&apos;est pas autorisé dans un chemin.</translation>
    </message>
    <message>
        <source>The path in &apos;%1&apos; has more than %2 segments.</source>
        <translation>Le chemin dans &apos;%1&apos; compte plus de %2 segments.</translation>
    </message>
    <message>
        <source>The path in &apos;%1&apos; has an empty segment (&apos;//&apos;).</source>
        <translation>Le chemin dans &apos;%1&apos; contient un segment vide (&apos;//&apos;).</translation>
    </message>
    <message>
        <source>The path in &apos;%1&apos; has a &apos;.&apos; or &apos;..&apos; segment; write the path without them.</source>
        <translation>Le chemin dans &apos;%1&apos; contient un segment &apos;.&apos; ou &apos;..&apos;&#xa0;; écrivez le chemin sans eux.</translation>
    </message>
    <message>
        <source>In &apos;%1&apos;, &apos;*&apos; must be a whole segment, as in /v1/forms/*.</source>
        <translation>Dans &apos;%1&apos;, &apos;*&apos; doit constituer un segment entier, comme dans /v1/forms/*.</translation>
    </message>
    <message>
        <source>An endpoint allowlist holds at most %1 entries; use &apos;*&apos; segments to cover several.</source>
        <translation>Une liste d&apos;autorisation de points de terminaison contient au plus %1 entrées&#xa0;; utilisez des segments &apos;*&apos; pour en couvrir plusieurs.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>The server sent an object without a valid &apos;%1&apos;.</source>
        <translation>Le serveur a envoyé un objet sans &apos;%1&apos; valide.</translation>
    </message>
</context>
<context>
    <name>KeyFilter</name>
    <message>
        <source>type must be &apos;secret&apos; or &apos;public&apos;.</source>
        <translation>type doit valoir &apos;secret&apos; ou &apos;public&apos;.</translation>
    </message>
    <message>
        <source>include_revoked must be true or false.</source>
        <translation>include_revoked doit valoir true ou false.</translation>
    </message>
    <message>
        <source>status must list one or more of active, expiring, expired and revoked, separated by commas.</source>
        <translation>status doit citer une ou plusieurs des valeurs active, expiring, expired et revoked, séparées par des virgules.</translation>
    </message>
    <message>
        <source>%1 must be a time in RFC 3339 form, such as 2026-01-31T09:00:00Z.</source>
        <translation>%1 doit être une heure au format RFC 3339, comme 2026-01-31T09:00:00Z.</translation>
    </message>
    <message>
        <source>sort must be created, name, last_used or expires, with a leading &apos;-&apos; for descending order.</source>
        <translation>sort doit valoir created, name, last_used ou expires, précédé de &apos;-&apos; pour l’ordre décroissant.</translation>
    </message>
</context>
<context>
    <name>KeyService</name>
    <message>
        <source>This key can only manage keys of the %1 environment.</source>
        <translation>Cette clé ne peut gérer que les clés de l&apos;environnement %1.</translation>
    </message>
    <message>
        <source>A key needs a name.</source>
        <translation>Une clé doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Le nom dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>No API key with id &apos;%1&apos; in this workspace and environment.</source>
        <translation>Aucune clé d&apos;API d&apos;identifiant &apos;%1&apos; dans cet espace de travail et cet environnement.</translation>
    </message>
    <message>
        <source>A public key is issued for one service: set service_id.</source>
        <translation>Une clé publique est émise pour un service&#xa0;: renseignez service_id.</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos;.</source>
        <translation>Il n&apos;existe pas de service &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A public key needs at least one allowed origin, such as https://shop.example.com.</source>
        <translation>Une clé publique doit avoir au moins une origine autorisée, comme https://shop.example.com.</translation>
    </message>
    <message>
        <source>Only public keys are issued for one service.</source>
        <translation>Seules les clés publiques sont émises pour un service.</translation>
    </message>
    <message>
        <source>Only public keys have allowed origins; secret keys must never be used in a browser.</source>
        <translation>Seules les clés publiques ont des origines autorisées&#xa0;; une clé secrète ne doit jamais être utilisée dans un navigateur.</translation>
    </message>
    <message>
        <source>A key needs at least one scope.</source>
        <translation>Une clé doit avoir au moins une portée.</translation>
    </message>
    <message>
        <source>The expiry time is in the past.</source>
        <translation>La date d&apos;expiration est dans le passé.</translation>
    </message>
    <message>
        <source>limit must be between 1 and 100.</source>
        <translation>limit doit être compris entre 1 et 100.</translation>
    </message>
    <message>
        <source>A revoked key cannot be changed.</source>
        <translation>Une clé révoquée ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Only public keys have allowed origins.</source>
        <translation>Seules les clés publiques ont des origines autorisées.</translation>
    </message>
    <message>
        <source>A public key needs at least one allowed origin.</source>
        <translation>Une clé publique doit avoir au moins une origine autorisée.</translation>
    </message>
    <message>
        <source>old_expires_in must be between 0 and %1 seconds (7 days).</source>
        <translation>old_expires_in doit être compris entre 0 et %1 secondes (7 jours).</translation>
    </message>
    <message>
        <source>Only secret keys can be rolled; a public key can be revoked and created anew.</source>
        <translation>Seules les clés secrètes peuvent être renouvelées&#xa0;; une clé publique peut être révoquée puis recréée.</translation>
    </message>
    <message>
        <source>A revoked key cannot be rolled.</source>
        <translation>Une clé révoquée ne peut pas être renouvelée.</translation>
    </message>
    <message>
        <source>An expired key cannot be rolled; create a new key instead.</source>
        <translation>Une clé expirée ne peut pas être renouvelée&#xa0;; créez plutôt une nouvelle clé.</translation>
    </message>
    <message>
        <source>This key was rolled already; roll the key that replaced it instead.</source>
        <translation>Cette clé a déjà été renouvelée&#xa0;; renouvelez plutôt la clé qui l&apos;a remplacée.</translation>
    </message>
    <message>
        <source>Your key expires at %1, so a key it creates or changes must expire no later.</source>
        <translation>Votre clé expire le %1&#xa0;: une clé qu&apos;elle crée ou modifie ne peut pas expirer plus tard.</translation>
    </message>
    <message>
        <source>Your key may be used only from %1, so a key it creates or changes needs an IP allowlist within those networks.</source>
        <translation>Votre clé ne peut être utilisée que depuis %1&#xa0;: une clé qu&apos;elle crée ou modifie doit avoir une liste d&apos;adresses IP autorisées comprise dans ces réseaux.</translation>
    </message>
    <message>
        <source>Your key may call only %1, so a key it creates or changes needs an endpoint allowlist within those patterns.</source>
        <translation>Votre clé ne peut appeler que %1&#xa0;: une clé qu&apos;elle crée ou modifie doit avoir une liste de points d&apos;accès autorisés comprise dans ces motifs.</translation>
    </message>
    <message numerus="yes">
        <source>Your key is limited to %1 requests per %n second(s), so a key it creates or changes needs a rate limit no looser: no more requests per window and no higher rate.</source>
        <translation>
            <numerusform>Votre clé est limitée à %1 requêtes par %n seconde&#xa0;: une clé qu&apos;elle crée ou modifie doit avoir une limite de débit au moins aussi stricte, ni plus de requêtes par fenêtre ni un débit plus élevé.</numerusform>
            <numerusform>Votre clé est limitée à %1 requêtes par %n secondes&#xa0;: une clé qu&apos;elle crée ou modifie doit avoir une limite de débit au moins aussi stricte, ni plus de requêtes par fenêtre ni un débit plus élevé.</numerusform>
        </translation>
    </message>
    <message>
        <source>days must be a whole number from 1 to %1.</source>
        <translation>days doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>La description dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>A key holds at most %1 metadata entries.</source>
        <translation>Une clé porte au plus %1 entrées de métadonnées.</translation>
    </message>
    <message>
        <source>The metadata key &apos;%1&apos; is not 1 to %2 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>La clé de métadonnées «&#xa0;%1&#xa0;» ne compte pas de 1 à %2 lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;-&#xa0;» ou «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>The metadata value of &apos;%1&apos; is longer than %2 characters.</source>
        <translation>La valeur de métadonnées de «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
</context>
<context>
    <name>KeyText</name>
    <message>
        <source>The API key is empty.</source>
        <translation>La clé d&apos;API est vide.</translation>
    </message>
    <message>
        <source>The API key does not start with sk_live_, sk_test_, pk_live_ or pk_test_.</source>
        <translation>La clé d&apos;API ne commence pas par sk_live_, sk_test_, pk_live_ ou pk_test_.</translation>
    </message>
    <message>
        <source>The API key has the wrong length: it must be %1 characters.</source>
        <translation>La clé d&apos;API n&apos;a pas la bonne longueur&#xa0;: elle doit compter %1 caractères.</translation>
    </message>
    <message>
        <source>The API key contains a character other than letters and digits after its prefix.</source>
        <translation>La clé d&apos;API contient, après son préfixe, un caractère autre qu&apos;une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The API key&apos;s checksum does not match: it was probably mistyped or cut short.</source>
        <translation>La somme de contrôle de la clé d&apos;API ne correspond pas&#xa0;: elle a probablement été mal saisie ou tronquée.</translation>
    </message>
    <message>
        <source>Invalid API key.</source>
        <translation>Clé d&apos;API non valide.</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>This invitation is not valid: it may have been used, withdrawn or have expired. Ask for a new one.</source>
        <translation>Cette invitation n&apos;est pas valide&#xa0;: elle a peut-être déjà servi, été retirée ou expiré. Demandez-en une nouvelle.</translation>
    </message>
    <message>
        <source>No member &apos;%1&apos; in this workspace.</source>
        <translation>Aucun membre «&#xa0;%1&#xa0;» dans cet espace de travail.</translation>
    </message>
    <message>
        <source>%1 is already a member of this workspace.</source>
        <translation>%1 est déjà membre de cet espace de travail.</translation>
    </message>
    <message>
        <source>No invitation &apos;%1&apos; in this workspace.</source>
        <translation>Aucune invitation «&#xa0;%1&#xa0;» dans cet espace de travail.</translation>
    </message>
    <message>
        <source>This invitation was accepted already: remove the member instead.</source>
        <translation>Cette invitation a déjà été acceptée&#xa0;: retirez plutôt le membre.</translation>
    </message>
    <message>
        <source>The password is not the one of the existing account %1.</source>
        <translation>Ce mot de passe n&apos;est pas celui du compte existant %1.</translation>
    </message>
    <message>
        <source>The workspace needs an owner: make someone else an owner first.</source>
        <translation>L&apos;espace de travail a besoin d&apos;un propriétaire&#xa0;: nommez d&apos;abord quelqu&apos;un d&apos;autre propriétaire.</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>The origin is empty; write scheme://host[:port], e.g. %1.</source>
        <translation>L&apos;origine est vide&#xa0;; écrivez schéma://hôte[:port], p. ex. %1.</translation>
    </message>
    <message>
        <source>The origin is too long (%1 characters); an origin is only scheme://host[:port].</source>
        <translation>L&apos;origine est trop longue (%1 caractères)&#xa0;; une origine se compose uniquement de schéma://hôte[:port].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin; write scheme://host[:port], e.g. %2.</source>
        <translation>&apos;%1&apos; n&apos;est pas une origine&#xa0;; écrivez schéma://hôte[:port], p. ex. %2.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; uses the scheme &apos;%2&apos;; only http and https origins are allowed.</source>
        <translation>L&apos;origine &apos;%1&apos; utilise le schéma &apos;%2&apos;&#xa0;; seules les origines http et https sont autorisées.</translation>
    </message>
    <message>
        <source>An origin cannot contain user info (user@ or user:password@); write only scheme://host[:port].</source>
        <translation>Une origine ne peut pas contenir d&apos;informations d&apos;utilisateur (user@ ou user:password@)&#xa0;; écrivez seulement schéma://hôte[:port].</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has no host.</source>
        <translation>L&apos;origine &apos;%1&apos; n&apos;a pas d&apos;hôte.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has a path; an origin is only scheme://host[:port], such as &apos;%2&apos;.</source>
        <translation>L&apos;origine &apos;%1&apos; contient un chemin&#xa0;; une origine se compose uniquement de schéma://hôte[:port], comme &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has a query string; an origin is only scheme://host[:port], such as &apos;%2&apos;.</source>
        <translation>L&apos;origine &apos;%1&apos; contient une chaîne de requête&#xa0;; une origine se compose uniquement de schéma://hôte[:port], comme &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has a fragment; an origin is only scheme://host[:port], such as &apos;%2&apos;.</source>
        <translation>L&apos;origine &apos;%1&apos; contient un fragment&#xa0;; une origine se compose uniquement de schéma://hôte[:port], comme &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; contains a backslash; an origin is only scheme://host[:port].</source>
        <translation>L&apos;origine &apos;%1&apos; contient une barre oblique inverse&#xa0;; une origine se compose uniquement de schéma://hôte[:port].</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has an IPv6 address without its closing &apos;]&apos;.</source>
        <translation>L&apos;origine &apos;%1&apos; contient une adresse IPv6 sans son &apos;]&apos; fermant.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has text after its IPv6 address; only a port may follow, as in [::1]:8080.</source>
        <translation>L&apos;origine &apos;%1&apos; contient du texte après son adresse IPv6&#xa0;; seul un port peut suivre, comme dans [::1]:8080.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has more than one &apos;:&apos;; write an IPv6 address in brackets, as in http://[::1]:8080.</source>
        <translation>L&apos;origine &apos;%1&apos; contient plus d&apos;un &apos;:&apos;&#xa0;; écrivez une adresse IPv6 entre crochets, comme dans http://[::1]:8080.</translation>
    </message>
    <message>
        <source>The port &apos;%2&apos; in the origin &apos;%1&apos; must be a number from 1 to 65535.</source>
        <translation>Le port &apos;%2&apos; de l&apos;origine &apos;%1&apos; doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The host &apos;%2&apos; in the origin &apos;%1&apos; is not a valid domain name or IP address.</source>
        <translation>L&apos;hôte &apos;%2&apos; de l&apos;origine &apos;%1&apos; n&apos;est ni un nom de domaine ni une adresse IP valide.</translation>
    </message>
    <message>
        <source>&apos;*&apos; would let every web page use the key; list the origins, such as https://shop.example.com or https://*.example.com.</source>
        <translation>&apos;*&apos; permettrait à n&apos;importe quelle page web d&apos;utiliser la clé&#xa0;; listez les origines, comme https://shop.example.com ou https://*.example.com.</translation>
    </message>
    <message>
        <source>In &apos;%1&apos;, &apos;*&apos; is allowed only as the whole left-most label of the host, as in https://*.example.com.</source>
        <translation>Dans &apos;%1&apos;, &apos;*&apos; n&apos;est autorisé que comme libellé entier le plus à gauche de l&apos;hôte, comme dans https://*.example.com.</translation>
    </message>
    <message>
        <source>In &apos;%1&apos;, a wildcard cannot stand for part of an IP address.</source>
        <translation>Dans &apos;%1&apos;, un joker ne peut pas remplacer une partie d&apos;une adresse IP.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would match every site under a top-level domain; name a domain after &apos;*.&apos;, as in https://*.example.com.</source>
        <translation>&apos;%1&apos; correspondrait à tous les sites d&apos;un domaine de premier niveau&#xa0;; indiquez un domaine après &apos;*.&apos;, comme dans https://*.example.com.</translation>
    </message>
    <message>
        <source>The host in &apos;%1&apos; is too long to have subdomains.</source>
        <translation>L&apos;hôte dans &apos;%1&apos; est trop long pour avoir des sous-domaines.</translation>
    </message>
    <message>
        <source>An origin allowlist holds at most %1 entries; use wildcards such as https://*.example.com to cover many subdomains.</source>
        <translation>Une liste d&apos;autorisation d&apos;origines contient au plus %1 entrées&#xa0;; utilisez des jokers comme https://*.example.com pour couvrir de nombreux sous-domaines.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would match sites of unrelated owners: %2 is a public suffix (on the Public Suffix List). Name a domain registered under it, as in https://*.example.%2.</source>
        <translation>&apos;%1&apos; correspondrait à des sites de propriétaires sans lien entre eux&#xa0;: %2 est un suffixe public (sur la Public Suffix List). Indiquez un domaine enregistré sous ce suffixe, comme https://*.example.%2.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Your new secret key</source>
        <translation>Votre nouvelle clé secrète</translation>
    </message>
    <message>
        <source>Secret key “Screenshot key” is ready. Use it only on your servers.</source>
        <translation>La clé secrète «&#xa0;Screenshot key&#xa0;» est prête. Utilisez-la uniquement sur vos serveurs.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
</context>
<context>
    <name>RateLimit</name>
    <message>
        <source>The rate limit must allow from 1 to 1000000000 requests per window.</source>
        <translation>La limite de débit doit autoriser de 1 à 1000000000 requêtes par fenêtre.</translation>
    </message>
    <message>
        <source>The rate-limit window must be from 1 to 86400 seconds (one day).</source>
        <translation>La fenêtre de la limite de débit doit durer de 1 à 86400 secondes (un jour).</translation>
    </message>
</context>
<context>
    <name>RestBackend</name>
    <message>
        <source>Cannot reach the server %1: %2</source>
        <translation>Impossible de joindre le serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server %1 answered %2 without an explanation. Is it a latchkeyd?</source>
        <translation>Le serveur %1 a répondu %2 sans explication. S&apos;agit-il bien d&apos;un latchkeyd&#xa0;?</translation>
    </message>
    <message>
        <source>The server did not return a session token.</source>
        <translation>Le serveur n&apos;a pas renvoyé de jeton de session.</translation>
    </message>
    <message>
        <source>No saved session for %1 on %2.</source>
        <translation>Aucune session enregistrée pour %1 sur %2.</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in again.</source>
        <translation>Votre session sur %1 a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 (Request-Id: %2)</source>
        <translation>%1 (Request-Id&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>ScopeCatalog</name>
    <message>
        <source>Invalid scope catalog: %1</source>
        <translation>Catalogue des portées non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid scope catalog at %1: %2</source>
        <translation>Catalogue des portées non valide à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (expected %2)</source>
        <translation>champ inconnu &apos;%1&apos; (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation>le champ est absent</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true ou false attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>a privileged scope cannot be public-safe: public keys are readable by anyone who opens the page</source>
        <translation>une portée privilégiée ne peut pas être sûre pour le public&#xa0;: les clés publiques sont lisibles par quiconque ouvre la page</translation>
    </message>
    <message>
        <source>the developer role cannot grant privileged scopes such as %1</source>
        <translation>le rôle développeur ne peut pas accorder de portées privilégiées comme %1</translation>
    </message>
    <message>
        <source>the developer role cannot grant privileged scopes</source>
        <translation>le rôle développeur ne peut pas accorder de portées privilégiées</translation>
    </message>
    <message>
        <source>the developer role may grant only non-privileged service scopes, keys.read and keys.write, not %1</source>
        <translation>le rôle développeur ne peut accorder que des portées de service non privilégiées, keys.read et keys.write, pas %1</translation>
    </message>
    <message>
        <source>the developer role may grant only non-privileged service scopes, keys.read and keys.write</source>
        <translation>le rôle développeur ne peut accorder que des portées de service non privilégiées, keys.read et keys.write</translation>
    </message>
    <message>
        <source>the admin role may grant only service, keys, webhooks and audit scopes, not %1</source>
        <translation>le rôle administrateur ne peut accorder que des portées service, keys, webhooks et audit, pas %1</translation>
    </message>
    <message>
        <source>the admin role may grant only service, keys, webhooks and audit scopes</source>
        <translation>le rôle administrateur ne peut accorder que des portées service, keys, webhooks et audit</translation>
    </message>
    <message>
        <source>the owner role cannot grant %1</source>
        <translation>le rôle propriétaire ne peut pas accorder %1</translation>
    </message>
    <message>
        <source>viewers cannot grant scopes; ask an owner, admin or developer</source>
        <translation>les lecteurs ne peuvent pas accorder de portées&#xa0;; demandez à un propriétaire, un administrateur ou un développeur</translation>
    </message>
    <message>
        <source>Cannot read the scope catalog %1: %2</source>
        <translation>Impossible de lire le catalogue des portées %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The scope catalog %1 is invalid. %2</source>
        <translation>Le catalogue des portées %1 n&apos;est pas valide. %2</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2 (offset %3): %4</source>
        <translation>Erreur de syntaxe JSON à la ligne %1, colonne %2 (position %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>le document doit être un objet JSON</translation>
    </message>
    <message>
        <source>the field is missing (use 1)</source>
        <translation>le champ est absent (utilisez 1)</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>nombre attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>version %1 is not supported; this Latchkey reads version 1</source>
        <translation>la version %1 n&apos;est pas prise en charge&#xa0;; ce Latchkey lit la version 1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid service id: use lowercase letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de service valide&#xa0;: utilisez des minuscules, des chiffres, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>the service &apos;%1&apos; is defined twice</source>
        <translation>le service &apos;%1&apos; est défini deux fois</translation>
    </message>
    <message>
        <source>the service &apos;%1&apos; needs at least one action</source>
        <translation>le service &apos;%1&apos; doit avoir au moins une action</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid action: use one word of lowercase letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas une action valide&#xa0;: utilisez un seul mot fait de minuscules, de chiffres, de &apos;_&apos; et de &apos;-&apos;</translation>
    </message>
    <message>
        <source>the scope &apos;%1&apos; is defined twice</source>
        <translation>la portée &apos;%1&apos; est définie deux fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid scope: use dotted lowercase segments such as keys.read, without &apos;*&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas une portée valide&#xa0;: utilisez des segments en minuscules séparés par des points, comme keys.read, sans &apos;*&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved for service scopes: declare it as an action of its service</source>
        <translation>&apos;%1&apos; est réservé aux portées de service&#xa0;: déclarez-le comme action de son service</translation>
    </message>
    <message>
        <source>management scopes cannot be public-safe: public keys carry only scopes of their service</source>
        <translation>les portées de gestion ne peuvent pas être sûres pour le public&#xa0;: les clés publiques ne portent que des portées de leur service</translation>
    </message>
    <message>
        <source>the management scope &apos;%1&apos; is missing; Latchkey&apos;s own API needs it</source>
        <translation>la portée de gestion &apos;%1&apos; est absente&#xa0;; l&apos;API de Latchkey elle-même en a besoin</translation>
    </message>
    <message>
        <source>A requested scope is not valid: scopes are dotted lowercase segments of letters, digits, &apos;_&apos; and &apos;-&apos;, such as service.forms.submit or service.forms.*.</source>
        <translation>Une portée demandée n&apos;est pas valide&#xa0;: les portées sont des segments en minuscules séparés par des points, faits de lettres, de chiffres, de &apos;_&apos; et de &apos;-&apos;, comme service.forms.submit ou service.forms.*.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid scope: scopes are dotted lowercase segments of letters, digits, &apos;_&apos; and &apos;-&apos;, such as service.forms.submit or service.forms.*.</source>
        <translation>&apos;%1&apos; n&apos;est pas une portée valide&#xa0;: les portées sont des segments en minuscules séparés par des points, faits de lettres, de chiffres, de &apos;_&apos; et de &apos;-&apos;, comme service.forms.submit ou service.forms.*.</translation>
    </message>
    <message>
        <source>&apos;*&apos; is reserved for platform super-admins</source>
        <translation>&apos;*&apos; est réservé aux super-administrateurs de la plateforme</translation>
    </message>
    <message>
        <source>A requested scope is not in the scope catalog; GET /v1/scopes lists the scopes that exist.</source>
        <translation>Une portée demandée ne figure pas dans le catalogue des portées&#xa0;; GET /v1/scopes liste les portées existantes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the scope catalog; GET /v1/scopes lists the scopes that exist.</source>
        <translation>&apos;%1&apos; ne figure pas dans le catalogue des portées&#xa0;; GET /v1/scopes liste les portées existantes.</translation>
    </message>
    <message>
        <source>a public key needs a service; it is issued for one service and carries only that service&apos;s scopes</source>
        <translation>une clé publique doit avoir un service&#xa0;; elle est émise pour un service et ne porte que les portées de ce service</translation>
    </message>
    <message>
        <source>a public key needs a service, and &apos;%1&apos; is not a service in the catalog</source>
        <translation>une clé publique doit avoir un service, et &apos;%1&apos; n&apos;est pas un service du catalogue</translation>
    </message>
    <message>
        <source>this public key is for the %1 service and may carry only its scopes, not %2</source>
        <translation>cette clé publique est destinée au service %1 et ne peut porter que ses portées, pas %2</translation>
    </message>
    <message>
        <source>this public key is for the %1 service and may carry only its scopes</source>
        <translation>cette clé publique est destinée au service %1 et ne peut porter que ses portées</translation>
    </message>
    <message>
        <source>public keys may carry only public-safe scopes, and %1 is not: anyone can read a public key in the page</source>
        <translation>les clés publiques ne peuvent porter que des portées sûres pour le public, et %1 n&apos;en est pas une&#xa0;: n&apos;importe qui peut lire une clé publique dans la page</translation>
    </message>
    <message>
        <source>public keys may carry only public-safe scopes, because anyone can read a public key in the page</source>
        <translation>les clés publiques ne peuvent porter que des portées sûres pour le public, car n&apos;importe qui peut lire une clé publique dans la page</translation>
    </message>
    <message>
        <source>your key cannot grant scopes without keys.write</source>
        <translation>votre clé ne peut pas accorder de portées sans keys.write</translation>
    </message>
    <message>
        <source>your key does not hold it</source>
        <translation>votre clé ne la détient pas</translation>
    </message>
    <message>
        <source>your key does not hold %1</source>
        <translation>votre clé ne détient pas %1</translation>
    </message>
    <message>
        <source>your key holds the scopes %1 covers today but not the pattern itself, which would also cover actions added later; grant them one by one</source>
        <translation>votre clé détient les portées que %1 couvre aujourd&apos;hui, mais pas le motif lui-même, qui couvrirait aussi les actions ajoutées plus tard&#xa0;; accordez-les une par une</translation>
    </message>
    <message>
        <source>the %1 role may grant the scopes %2 covers today one by one, but not the pattern itself, which would also cover scopes added later</source>
        <translation>le rôle %1 peut accorder une à une les autorisations que %2 couvre aujourd&apos;hui, mais pas le motif lui-même, qui couvrirait aussi les autorisations ajoutées plus tard</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Hosted forms: definitions, submissions and exports.</source>
        <translation>Formulaires hébergés&#xa0;: définitions, réponses et exports.</translation>
    </message>
    <message>
        <source>Read published forms so a page can render them.</source>
        <translation>Lire les formulaires publiés pour qu&apos;une page puisse les afficher.</translation>
    </message>
    <message>
        <source>Submit entries to a published form.</source>
        <translation>Envoyer des réponses à un formulaire publié.</translation>
    </message>
    <message>
        <source>Read and export submissions (CSV or JSON), which may hold personal data.</source>
        <translation>Lire et exporter les réponses (CSV ou JSON), qui peuvent contenir des données personnelles.</translation>
    </message>
    <message>
        <source>Create, edit and publish forms.</source>
        <translation>Créer, modifier et publier des formulaires.</translation>
    </message>
    <message>
        <source>Delete forms and submissions, and change retention and form ownership.</source>
        <translation>Supprimer des formulaires et des réponses, et modifier la durée de conservation et le propriétaire des formulaires.</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Appointments and reservations.</source>
        <translation>Rendez-vous et réservations.</translation>
    </message>
    <message>
        <source>Read availability and published booking pages.</source>
        <translation>Lire les disponibilités et les pages de réservation publiées.</translation>
    </message>
    <message>
        <source>Book a free slot for a customer.</source>
        <translation>Réserver un créneau libre pour un client.</translation>
    </message>
    <message>
        <source>Cancel or reschedule existing bookings.</source>
        <translation>Annuler ou déplacer des réservations existantes.</translation>
    </message>
    <message>
        <source>Edit calendars, slots and booking rules.</source>
        <translation>Modifier les calendriers, les créneaux et les règles de réservation.</translation>
    </message>
    <message>
        <source>Delete calendars, export customer lists and change staff access.</source>
        <translation>Supprimer des calendriers, exporter les listes de clients et modifier les accès du personnel.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Checkout and payments.</source>
        <translation>Passage en caisse et paiements.</translation>
    </message>
    <message>
        <source>Read payments, customers and their status.</source>
        <translation>Lire les paiements, les clients et leur statut.</translation>
    </message>
    <message>
        <source>Start a checkout (a payment intent) from a web page; capturing it needs a secret key.</source>
        <translation>Lancer un passage en caisse (une intention de paiement) depuis une page web&#xa0;; sa capture exige une clé secrète.</translation>
    </message>
    <message>
        <source>Capture authorised payments.</source>
        <translation>Capturer les paiements autorisés.</translation>
    </message>
    <message>
        <source>Refund payments in part or in full.</source>
        <translation>Rembourser des paiements en partie ou en totalité.</translation>
    </message>
    <message>
        <source>Change payout accounts, fees and payment settings.</source>
        <translation>Modifier les comptes de versement, les frais et les paramètres de paiement.</translation>
    </message>
    <message>
        <source>List and read API keys and their settings (never their secrets).</source>
        <translation>Lister et lire les clés d&apos;API et leurs paramètres (jamais leurs secrets).</translation>
    </message>
    <message>
        <source>Create, edit, roll and revoke API keys, granting only scopes the caller holds.</source>
        <translation>Créer, modifier, renouveler et révoquer des clés d&apos;API, en n&apos;accordant que les portées que l&apos;appelant détient.</translation>
    </message>
    <message>
        <source>List webhook endpoints and their delivery settings.</source>
        <translation>Lister les points de terminaison de webhook et leurs paramètres de livraison.</translation>
    </message>
    <message>
        <source>Create and delete webhook endpoints and rotate their signing secrets.</source>
        <translation>Créer et supprimer des points de terminaison de webhook et renouveler leurs secrets de signature.</translation>
    </message>
    <message>
        <source>Read the workspace&apos;s audit log.</source>
        <translation>Lire le journal d&apos;audit de l&apos;espace de travail.</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>The email or password is not correct.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this email. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de connexions échouées pour cette adresse e-mail. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de connexions échouées pour cette adresse e-mail. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The session token is not valid. Sign in again.</source>
        <translation>Le jeton de session n&apos;est pas valide. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Le mot de passe actuel n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>No user with the email %1.</source>
        <translation>Aucun utilisateur avec l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Choisissez un mot de passe d&apos;au moins %1&#xa0;caractères.</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>The store URL &apos;%1&apos; names no file.</source>
        <translation>L&apos;URL de stockage &apos;%1&apos; ne désigne aucun fichier.</translation>
    </message>
    <message>
        <source>The store path %1 is a folder, not a file.</source>
        <translation>Le chemin de stockage %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store.</source>
        <translation>Impossible de créer le dossier %1 pour le stockage.</translation>
    </message>
    <message>
        <source>The store URL must look like postgresql://user@host/database.</source>
        <translation>L&apos;URL de stockage doit avoir la forme postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation>Le pilote PostgreSQL pour Qt (QPSQL) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Unknown store URL &apos;%1&apos;: use sqlite:/path/to/file.db or postgresql://user@host/database.</source>
        <translation>URL de stockage inconnue &apos;%1&apos;&#xa0;: utilisez sqlite:/path/to/file.db ou postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The store (%1) failed to %2: %3</source>
        <translation>Le stockage (%1) a échoué lors de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>the database already holds other tables (%1) and is not a Latchkey store</source>
        <translation>la base de données contient déjà d&apos;autres tables (%1) et n&apos;est pas un stockage Latchkey</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this Latchkey understands (%2); upgrade Latchkey</source>
        <translation>sa version de schéma %1 est plus récente que ce que ce Latchkey comprend (%2)&#xa0;; mettez Latchkey à jour</translation>
    </message>
    <message>
        <source>a statement inside it failed</source>
        <translation>une instruction à l&apos;intérieur a échoué</translation>
    </message>
    <message>
        <source>no such key</source>
        <translation>clé introuvable</translation>
    </message>
    <message>
        <source>starting_after names no object in this list: %1</source>
        <translation>starting_after ne désigne aucun objet de cette liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>The store (%1) is unreachable; latchkeyd reconnects by itself. It failed to %2: %3</source>
        <translation>Le stockage (%1) est injoignable&#xa0;; latchkeyd se reconnecte de lui-même. Échec lors de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>The change is saved, but not every latchkeyd instance has confirmed it within %1 ms; until they do, one of them may still answer from its cache. Repeat the request to wait again.</source>
        <translation>La modification est enregistrée, mais toutes les instances de latchkeyd ne l&apos;ont pas confirmée dans les %1 ms&#xa0;; d&apos;ici là, l&apos;une d&apos;elles peut encore répondre depuis son cache. Répétez la requête pour attendre à nouveau.</translation>
    </message>
    <message>
        <source>the change head is missing</source>
        <translation>la tête de la liste des modifications est absente</translation>
    </message>
    <message>
        <source>the connection is lost</source>
        <translation>la connexion est perdue</translation>
    </message>
    <message>
        <source>The store (%1) cannot be upgraded: its audit log&apos;s hash chain is broken at record %2 (%3): %4. Nothing was changed; the store stays at schema version %5. Restore a backup from before the damage.</source>
        <translation>Le stockage (%1) ne peut pas être mis à niveau&#xa0;: la chaîne de hachage de son journal d&apos;audit est rompue à l&apos;entrée %2 (%3)&#xa0;: %4. Rien n&apos;a été modifié&#xa0;; le stockage reste à la version de schéma %5. Restaurez une sauvegarde antérieure au dommage.</translation>
    </message>
    <message>
        <source>Cannot create the store file %1: %2</source>
        <translation>Impossible de créer le fichier de stockage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The store file %1 can be read by other users, and its permissions cannot be changed: %2</source>
        <translation>Le fichier de stockage %1 est lisible par d&apos;autres utilisateurs et ses permissions ne peuvent pas être modifiées&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>A stored key has damaged restrictions; it is refused.</source>
        <translation>Une clé enregistrée a des restrictions endommagées&#xa0;; elle est refusée.</translation>
    </message>
    <message>
        <source>No such API key.</source>
        <translation>Cette clé d&apos;API n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This API key has been revoked.</source>
        <translation>Cette clé d&apos;API a été révoquée.</translation>
    </message>
    <message>
        <source>This API key has expired.</source>
        <translation>Cette clé d&apos;API a expiré.</translation>
    </message>
</context>
<context>
    <name>WebhookService</name>
    <message>
        <source>No webhook endpoint with id &apos;%1&apos; in this workspace and environment.</source>
        <translation>Aucun point de terminaison de webhook d&apos;identifiant &apos;%1&apos; dans cet espace de travail et cet environnement.</translation>
    </message>
    <message>
        <source>This key can only manage the %1 environment.</source>
        <translation>Cette clé ne peut gérer que l&apos;environnement %1.</translation>
    </message>
    <message>
        <source>The description is longer than 500 characters.</source>
        <translation>La description dépasse 500 caractères.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event type such as api_key.created or api_key.*.</source>
        <translation>&apos;%1&apos; n&apos;est pas un type d&apos;événement comme api_key.created ou api_key.*.</translation>
    </message>
    <message>
        <source>limit must be between 1 and 100.</source>
        <translation>limit doit être compris entre 1 et 100.</translation>
    </message>
    <message>
        <source>A webhook endpoint needs a URL.</source>
        <translation>Un point de terminaison de webhook doit avoir une URL.</translation>
    </message>
    <message>
        <source>The URL is longer than 2048 characters.</source>
        <translation>L&apos;URL dépasse 2048 caractères.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The URL must not carry a user name or password.</source>
        <translation>L&apos;URL ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The URL must not have a #fragment.</source>
        <translation>L&apos;URL ne doit pas avoir de #fragment.</translation>
    </message>
    <message>
        <source>Webhook URLs must use https:// (the test environment also accepts http://localhost and http://127.0.0.1).</source>
        <translation>Les URL de webhook doivent utiliser https:// (l&apos;environnement de test accepte aussi http://localhost et http://127.0.0.1).</translation>
    </message>
    <message>
        <source>Webhook URLs must use https://.</source>
        <translation>Les URL de webhook doivent utiliser https://.</translation>
    </message>
    <message>
        <source>The host %1 is not a valid host name or address.</source>
        <translation>L&apos;hôte %1 n&apos;est ni un nom d&apos;hôte ni une adresse valide.</translation>
    </message>
    <message>
        <source>The host %1 is a loopback, private or otherwise internal address: webhook endpoints must be reachable on the public internet.</source>
        <translation>L&apos;hôte %1 est une adresse de bouclage, privée ou autrement interne&#xa0;: les points de terminaison de webhook doivent être joignables sur l&apos;internet public.</translation>
    </message>
    <message>
        <source>The host %1 names this machine: webhook endpoints must be reachable on the public internet.</source>
        <translation>L&apos;hôte %1 désigne cette machine&#xa0;: les points de terminaison de webhook doivent être joignables sur l&apos;internet public.</translation>
    </message>
    <message>
        <source>The host %1 is a name on a local network: webhook endpoints must be reachable on the public internet.</source>
        <translation>L&apos;hôte %1 est un nom de réseau local&#xa0;: les points de terminaison de webhook doivent être joignables sur l&apos;internet public.</translation>
    </message>
</context>
<context>
    <name>WorkspaceService</name>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A workspace name needs 1 to 100 characters.</source>
        <translation>Un nom d&apos;espace de travail doit compter de 1 à 100 caractères.</translation>
    </message>
    <message>
        <source>No workspace &apos;%1&apos; among yours.</source>
        <translation>Aucun espace de travail &apos;%1&apos; parmi les vôtres.</translation>
    </message>
    <message>
        <source>No such workspace.</source>
        <translation>Cet espace de travail n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>latchkey::client::Backend</name>
    <message>
        <source>Only the offline sandbox can be served on 127.0.0.1.</source>
        <translation>Seul le bac à sable hors ligne peut être servi sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>An invitation to a server is accepted by the invited person, from Connect to server… on their computer.</source>
        <translation>Une invitation sur un serveur s&apos;accepte par la personne invitée, depuis «&#xa0;Se connecter au serveur…&#xa0;» sur son ordinateur.</translation>
    </message>
    <message>
        <source>Only the offline sandbox can act as another member; on a server, sign in as them.</source>
        <translation>Seul le bac à sable hors ligne peut agir comme un autre membre&#xa0;; sur un serveur, connectez-vous en tant que ce membre.</translation>
    </message>
</context>
<context>
    <name>latchkey::client::LocalBackend</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Bac à sable hors ligne</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1.</translation>
    </message>
    <message>
        <source>The offline sandbox has no password: it is yours on this computer.</source>
        <translation>Le bac à sable hors ligne n&apos;a pas de mot de passe&#xa0;: il vous appartient sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Nobody in the sandbox has the email %1.</source>
        <translation>Personne dans le bac à sable n&apos;a l&apos;adresse %1.</translation>
    </message>
</context>
<context>
    <name>latchkey::client::RestBackend</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server sent a reply that is not JSON.</source>
        <translation>Le serveur a envoyé une réponse qui n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s scope &apos;%1&apos; does not belong to its service.</source>
        <translation>La portée &apos;%1&apos; du serveur n&apos;appartient pas à son service.</translation>
    </message>
</context>
<context>
    <name>latchkey::client::TokenStore</name>
    <message>
        <source>The keychain is switched off.</source>
        <translation>Le trousseau est désactivé.</translation>
    </message>
</context>
<context>
    <name>latchkey::models::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1 on %2
%3</source>
        <translation>%1 sur %2
%3</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>latchkey::models::EndpointModel</name>
    <message>
        <source>whsec_…%1 (until %2)</source>
        <translation>whsec_…%1 (jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>whsec_…%1</source>
        <translation>whsec_…%1</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Signing secrets</source>
        <translation>Secrets de signature</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
</context>
<context>
    <name>latchkey::models::KeyTableModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>dans un instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Rotation recommended</source>
        <translation>Renouvellement recommandé</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Créée le %1 par %2</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisée</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>N&apos;expire pas</translation>
    </message>
    <message>
        <source>This key is older than 90 days: roll it.</source>
        <translation>Cette clé a plus de 90 jours&#xa0;: renouvelez-la.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>%L1 per second</source>
        <translation>%L1 par seconde</translation>
    </message>
    <message>
        <source>%L1 per minute</source>
        <translation>%L1 par minute</translation>
    </message>
    <message>
        <source>%L1 per hour</source>
        <translation>%L1 par heure</translation>
    </message>
    <message>
        <source>%L1 per day</source>
        <translation>%L1 par jour</translation>
    </message>
    <message>
        <source>%L1 per %L2 s</source>
        <translation>%L1 par %L2&#xa0;s</translation>
    </message>
    <message numerus="yes">
        <source>At most %n call(s) in any %1 seconds; the calls after that get 429 Too Many Requests.</source>
        <translation>
            <numerusform>Au plus %n appel sur toute période de %1 secondes&#xa0;; les appels suivants reçoivent 429 Too Many Requests.</numerusform>
            <numerusform>Au plus %n appels sur toute période de %1 secondes&#xa0;; les appels suivants reçoivent 429 Too Many Requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never throttled: calls with this key get no 429 and no X-RateLimit headers.</source>
        <translation>Jamais limitée&#xa0;: les appels avec cette clé ne reçoivent ni 429 ni en-têtes X-RateLimit.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Remplacée par %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>Remplace %1</translation>
    </message>
    <message>
        <source>Revoked %1: it no longer works.</source>
        <translation>Révoquée le %1&#xa0;: elle ne fonctionne plus.</translation>
    </message>
    <message>
        <source>This key stops working %1.</source>
        <translation>Cette clé cesse de fonctionner %1.</translation>
    </message>
    <message>
        <source>This key was rolled: %1 replaces it.</source>
        <translation>Cette clé a été renouvelée&#xa0;: %1 la remplace.</translation>
    </message>
    <message>
        <source>This key was made by rolling %1.</source>
        <translation>Cette clé provient du renouvellement de %1.</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Toute origine</translation>
    </message>
    <message>
        <source>This key works from any web page.</source>
        <translation>Cette clé fonctionne depuis n’importe quelle page web.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
</context>
<context>
    <name>latchkey::models::MemberModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>before teams</source>
        <comment>joined date unknown</comment>
        <translation>avant les équipes</translation>
    </message>
    <message>
        <source>%1 (invited)</source>
        <translation>%1 (invité)</translation>
    </message>
    <message>
        <source>invited %1 by %2</source>
        <translation>invité le %1 par %2</translation>
    </message>
    <message>
        <source>invitation expires %1</source>
        <translation>l&apos;invitation expire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>latchkey::models::OriginAllowlistModel</name>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>latchkey::models::ScopeTreeModel</name>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The key has this scope, which your role could not grant (%1). You may remove it.</source>
        <translation>La clé a cette portée, que votre rôle ne pourrait pas accorder (%1). Vous pouvez la retirer.</translation>
    </message>
    <message>
        <source>Cannot be granted: %1</source>
        <translation>Ne peut pas être accordée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Every scope, present and future</source>
        <translation>Toutes les portées, présentes et futures</translation>
    </message>
</context>
<context>
    <name>latchkey::models::WorkspaceModel</name>
    <message>
        <source>%1 — your role: %2</source>
        <translation>%1 — votre rôle&#xa0;: %2</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>workspace role</comment>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>admin</source>
        <comment>workspace role</comment>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>developer</source>
        <comment>workspace role</comment>
        <translation>développeur</translation>
    </message>
    <message>
        <source>viewer</source>
        <comment>workspace role</comment>
        <translation>lecteur</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::AcceptInvitationDialog</name>
    <message>
        <source>Accept an invitation</source>
        <translation>Accepter une invitation</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Accepter l&apos;invitation</translation>
    </message>
    <message>
        <source>Invitation token</source>
        <translation>Jeton d&apos;invitation</translation>
    </message>
    <message>
        <source>Email the invitation is for</source>
        <translation>Adresse e-mail visée par l&apos;invitation</translation>
    </message>
    <message>
        <source>Password for the new member</source>
        <translation>Mot de passe du nouveau membre</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>In the sandbox you play the whole team: accept here as the person you invited, then use &lt;i&gt;View as&lt;/i&gt; to see what their role sees.</source>
        <translation>Dans le bac à sable, vous jouez toute l&apos;équipe&#xa0;: acceptez ici en tant que la personne invitée, puis utilisez &lt;i&gt;Voir en tant que&lt;/i&gt; pour voir ce que voit son rôle.</translation>
    </message>
    <message>
        <source>An invitation token starts with lki_.</source>
        <translation>Un jeton d&apos;invitation commence par lki_.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::ActivityPage</name>
    <message>
        <source>Any day</source>
        <translation>Tout jour</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Who acted: an email address, a key, or &apos;system&apos;</source>
        <translation>Qui a agi&#xa0;: une adresse e-mail, une clé ou &apos;system&apos;</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>Which key</source>
        <translation>Quelle clé</translation>
    </message>
    <message>
        <source>Any key</source>
        <translation>Toute clé</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the activity filters</source>
        <translation>Effacer les filtres de l’activité</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the matching activity to CSV or JSON</source>
        <translation>Exporter l’activité correspondante en CSV ou JSON</translation>
    </message>
    <message>
        <source>Every event matching the filters, not only the rows shown</source>
        <translation>Chaque événement correspondant aux filtres, pas seulement les lignes affichées</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Load more activity</source>
        <translation>Charger plus d’activité</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>Q&amp;uoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; more are older</source>
        <translation>
            <numerusform>%n événement affiché&#xa0;; d’autres sont plus anciens</numerusform>
            <numerusform>%n événements affichés&#xa0;; d’autres sont plus anciens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2…%3)</source>
        <translation>%1 (%2…%3)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exporter l’activité</translation>
    </message>
    <message>
        <source>Could not export the activity: %1</source>
        <translation>Impossible d’exporter l’activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::AttentionBar</name>
    <message>
        <source>“%1” expires %2.</source>
        <translation>«&#xa0;%1&#xa0;» expire %2.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was created %n day(s) ago; roll it regularly.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a été créée il y a %n jour&#xa0;; renouvelez-la régulièrement.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a été créée il y a %n jours&#xa0;; renouvelez-la régulièrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Roll “%1”</source>
        <translation>Renouveler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Some keys need attention: they expire soon or are older than 90 days.</source>
        <translation>Certaines clés demandent votre attention&#xa0;: elles expirent bientôt ou ont plus de 90 jours.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) expire within 7 days.</source>
        <translation>
            <numerusform>%n clé expire dans les 7 jours.</numerusform>
            <numerusform>%n clés expirent dans les 7 jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are more.</source>
        <translation>Il y en a d’autres.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret key(s) are older than 90 days.</source>
        <translation>
            <numerusform>%n clé secrète a plus de 90 jours.</numerusform>
            <numerusform>%n clés secrètes ont plus de 90 jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show expiring keys</source>
        <translation>Afficher les clés qui expirent</translation>
    </message>
    <message>
        <source>Show expiring keys in the table</source>
        <translation>Afficher dans le tableau les clés qui expirent</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password, again</source>
        <translation>Nouveau mot de passe, à nouveau</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>À &amp;nouveau&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Your other sessions, on every computer, end at once; this one stays signed in.</source>
        <translation>
            <numerusform>Au moins %n caractère. Vos autres sessions, sur tous les ordinateurs, se terminent aussitôt&#xa0;; celle-ci reste connectée.</numerusform>
            <numerusform>Au moins %n caractères. Vos autres sessions, sur tous les ordinateurs, se terminent aussitôt&#xa0;; celle-ci reste connectée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new passwords differ.</source>
        <translation>Les nouveaux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>https://keys.example.com</source>
        <translation>https://keys.example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your session is kept in the system keychain; the password is never stored.</source>
        <translation>Votre session est conservée dans le trousseau du système&#xa0;; le mot de passe n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (http:// only for localhost).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (http:// uniquement pour localhost).</translation>
    </message>
    <message>
        <source>I have an invitation</source>
        <translation>J&apos;ai une invitation</translation>
    </message>
    <message>
        <source>Invitation token</source>
        <translation>Jeton d&apos;invitation</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation&#xa0;:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>An invitation token starts with lki_.</source>
        <translation>Un jeton d&apos;invitation commence par lki_.</translation>
    </message>
    <message>
        <source>New, 12+ characters; or your own</source>
        <translation>Nouveau, 12+ caractères&#xa0;; ou le vôtre</translation>
    </message>
    <message>
        <source>Joining on %1…</source>
        <translation>Adhésion sur %1…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::CreateKeyDialog</name>
    <message>
        <source>Create public key</source>
        <translation>Créer une clé publique</translation>
    </message>
    <message>
        <source>Create secret key</source>
        <translation>Créer une clé secrète</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>e.g. Contact form on shop.example.com</source>
        <translation>p. ex. Formulaire de contact sur shop.example.com</translation>
    </message>
    <message>
        <source>e.g. Billing backend</source>
        <translation>p. ex. Back-end de facturation</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Sandbox (test)</source>
        <translation>Bac à sable (test)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Form slug</source>
        <translation>Slug du formulaire</translation>
    </message>
    <message>
        <source>e.g. contact-us</source>
        <translation>p. ex. contact</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Form slug:</source>
        <translation>Slug du &amp;formulaire&#xa0;:</translation>
    </message>
    <message>
        <source>IP allowlist</source>
        <translation>Liste d&apos;autorisation IP</translation>
    </message>
    <message>
        <source>One CIDR per line, e.g. 10.0.0.0/8 or 2001:db8::/32. Empty: any address.</source>
        <translation>Un CIDR par ligne, p. ex. 10.0.0.0/8 ou 2001:db8::/32. Vide&#xa0;: toute adresse.</translation>
    </message>
    <message>
        <source>Endpoint allowlist</source>
        <translation>Liste d&apos;autorisation des points de terminaison</translation>
    </message>
    <message>
        <source>One per line, e.g. POST /v1/forms/*. Empty: any endpoint.</source>
        <translation>Un par ligne, p. ex. POST /v1/forms/*. Vide&#xa0;: tout point de terminaison.</translation>
    </message>
    <message>
        <source>&amp;IP allowlist:</source>
        <translation>Liste d&apos;autorisation &amp;IP&#xa0;:</translation>
    </message>
    <message>
        <source>En&amp;dpoints:</source>
        <translation>&amp;Points de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>La clé expire</translation>
    </message>
    <message>
        <source>Expiry time</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Limit to</source>
        <translation>Limiter à</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Requests per window</source>
        <translation>Requêtes par fenêtre</translation>
    </message>
    <message>
        <source>requests per</source>
        <translation>requêtes par</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Greyed-out scopes cannot be granted by your role; hover for why.</source>
        <translation>Votre rôle ne peut pas accorder les portées grisées&#xa0;; survolez-les pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Embed snippet</source>
        <translation>Extrait d&apos;intégration</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the embed snippet</source>
        <translation>Copier l&apos;extrait d&apos;intégration</translation>
    </message>
    <message>
        <source>Embed on your page</source>
        <translation>Intégrer dans votre page</translation>
    </message>
    <message>
        <source>Edit key “%1”</source>
        <translation>Modifier la clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A key&apos;s environment cannot change; create a new key instead.</source>
        <translation>L&apos;environnement d&apos;une clé ne peut pas changer&#xa0;; créez plutôt une nouvelle clé.</translation>
    </message>
    <message>
        <source>A key&apos;s service cannot change; create a new key instead.</source>
        <translation>Le service d&apos;une clé ne peut pas changer&#xa0;; créez plutôt une nouvelle clé.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Create the key first</source>
        <translation>Créez d&apos;abord la clé</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Donnez un nom à la clé.</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Choisissez au moins une portée.</translation>
    </message>
    <message>
        <source>The origin being typed is not valid.</source>
        <translation>L&apos;origine en cours de saisie n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Public key created. Copy the snippet into your page.</source>
        <translation>Clé publique créée. Copiez l&apos;extrait dans votre page.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No limit: calls with this key are never throttled.</source>
        <translation>Aucune limite&#xa0;: les appels avec cette clé ne sont jamais freinés.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard key</source>
        <translation>Abandonner la clé</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Abandonner les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Discard this key? Nothing has been created yet.</source>
        <translation>Abandonner cette clé&#xa0;? Rien n&apos;a encore été créé.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Window length</source>
        <translation>Durée de la fenêtre</translation>
    </message>
    <message>
        <source>Window unit</source>
        <translation>Unité de la fenêtre</translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>seconde</numerusform>
            <numerusform>secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>heure</numerusform>
            <numerusform>heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional: what uses this key, who to ask about it</source>
        <translation>Facultatif&#xa0;: ce qui utilise cette clé, à qui s’adresser</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Duplicate key “%1”</source>
        <translation>Dupliquer la clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need a change; each says what is wrong.</source>
        <translation>
            <numerusform>%n champ est à corriger&#xa0;; il indique ce qui ne va pas.</numerusform>
            <numerusform>%n champs sont à corriger&#xa0;; chacun indique ce qui ne va pas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ui::DeleteEndpointCommand</name>
    <message>
        <source>Delete endpoint</source>
        <translation>Supprimer le point de terminaison</translation>
    </message>
    <message>
        <source>Delete %1? Deliveries to it stop at once. This cannot be undone.</source>
        <translation>Supprimer %1&#xa0;? Les livraisons vers ce point de terminaison cessent immédiatement. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::DuplicateKeyCommand</name>
    <message>
        <source>Select the key to duplicate first.</source>
        <translation>Sélectionnez d’abord la clé à dupliquer.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::InviteDialog</name>
    <message>
        <source>Invite a member</source>
        <translation>Inviter un membre</translation>
    </message>
    <message>
        <source>Create invitation</source>
        <translation>Créer l&apos;invitation</translation>
    </message>
    <message>
        <source>Email of the person to invite</source>
        <translation>Adresse e-mail de la personne à inviter</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>You will get an invitation token to send them. It is shown once and is good for 7 days.</source>
        <translation>Vous recevrez un jeton d&apos;invitation à lui envoyer. Il n&apos;est affiché qu&apos;une fois et vaut 7 jours.</translation>
    </message>
    <message>
        <source>Your role cannot invite members.</source>
        <translation>Votre rôle ne peut pas inviter de membres.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::KeyDetailsPanel</name>
    <message>
        <source>Key details</source>
        <translation>Détails de la clé</translation>
    </message>
    <message>
        <source>Select a key to see its details and its use over the last 30 days.</source>
        <translation>Sélectionnez une clé pour voir ses détails et son utilisation des 30 derniers jours.</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation>Origines autorisées&#xa0;:</translation>
    </message>
    <message>
        <source>IP addresses:</source>
        <translation>Adresses IP&#xa0;:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Points de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée&#xa0;:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Dernière utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire&#xa0;:</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Rotation&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Révoquée le %1</translation>
    </message>
    <message>
        <source>Any address</source>
        <translation>Toute adresse</translation>
    </message>
    <message>
        <source>Any endpoint</source>
        <translation>Tout point de terminaison</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>Usage could not be read: %1</source>
        <translation>Impossible de lire l’utilisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::KeysPage</name>
    <message>
        <source>Filter keys</source>
        <translation>Filtrer les clés</translation>
    </message>
    <message>
        <source>Filter by name or key (Ctrl+F)</source>
        <translation>Filtrer par nom ou par clé (Ctrl+F)</translation>
    </message>
    <message>
        <source>Create public key</source>
        <translation>Créer une clé publique</translation>
    </message>
    <message>
        <source>Create secret key</source>
        <translation>Créer une clé secrète</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>Révoquer la clé sélectionnée</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected key</source>
        <translation>Modifier la clé sélectionnée</translation>
    </message>
    <message>
        <source>Change the name, scopes, origins and restrictions (or double-click)</source>
        <translation>Modifier le nom, les portées, les origines et les restrictions (ou double-clic)</translation>
    </message>
    <message>
        <source>Roll…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Roll the selected key</source>
        <translation>Renouveler la clé sélectionnée</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Copy the selected public key</source>
        <translation>Copier la clé publique sélectionnée</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>Clés publiques</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n clé chargée&#xa0;; faites défiler pour en voir plus</numerusform>
            <numerusform>%n clés chargées&#xa0;; faites défiler pour en voir plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a workspace before creating a key.</source>
        <translation>Choisissez un espace de travail avant de créer une clé.</translation>
    </message>
    <message>
        <source>Your new secret key</source>
        <translation>Votre nouvelle clé secrète</translation>
    </message>
    <message>
        <source>Secret key “%1” is ready. Use it only on your servers.</source>
        <translation>La clé secrète «&#xa0;%1&#xa0;» est prête. Utilisez-la uniquement sur vos serveurs.</translation>
    </message>
    <message>
        <source>Select the key to edit first.</source>
        <translation>Sélectionnez d&apos;abord la clé à modifier.</translation>
    </message>
    <message>
        <source>“%1” is revoked and can no longer be changed.</source>
        <translation>«&#xa0;%1&#xa0;» est révoquée et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Saved the changes to “%1”.</source>
        <translation>Modifications de «&#xa0;%1&#xa0;» enregistrées.</translation>
    </message>
    <message>
        <source>Select the key to revoke first.</source>
        <translation>Sélectionnez d&apos;abord la clé à révoquer.</translation>
    </message>
    <message>
        <source>“%1” has been revoked.</source>
        <translation>«&#xa0;%1&#xa0;» a été révoquée.</translation>
    </message>
    <message>
        <source>Select the secret key to roll first.</source>
        <translation>Sélectionnez d&apos;abord la clé secrète à renouveler.</translation>
    </message>
    <message>
        <source>“%1” has been rolled.</source>
        <translation>«&#xa0;%1&#xa0;» a été renouvelée.</translation>
    </message>
    <message>
        <source>Select the public key to copy first.</source>
        <translation>Sélectionnez d&apos;abord la clé publique à copier.</translation>
    </message>
    <message>
        <source>Copied the public key of “%1”.</source>
        <translation>Clé publique de «&#xa0;%1&#xa0;» copiée.</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Duplicate the selected key</source>
        <translation>Dupliquer la clé sélectionnée</translation>
    </message>
    <message>
        <source>A new key with the same settings, a new name and a new secret</source>
        <translation>Une nouvelle clé aux mêmes réglages, avec un nouveau nom et un nouveau secret</translation>
    </message>
    <message>
        <source>Show keys by status</source>
        <translation>Afficher les clés par statut</translation>
    </message>
    <message>
        <source>Current keys</source>
        <translation>Clés en cours</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Toutes les clés</translation>
    </message>
    <message>
        <source>Current keys: every key that is not revoked</source>
        <translation>Clés en cours&#xa0;: toutes les clés non révoquées</translation>
    </message>
    <message>
        <source>No keys match</source>
        <translation>Aucune clé ne correspond</translation>
    </message>
    <message>
        <source>No key matches the filter and status chosen.</source>
        <translation>Aucune clé ne correspond au filtre et au statut choisis.</translation>
    </message>
    <message>
        <source>Show current keys</source>
        <translation>Afficher les clés en cours</translation>
    </message>
    <message>
        <source>Clear the filter and show current keys</source>
        <translation>Effacer le filtre et afficher les clés en cours</translation>
    </message>
    <message>
        <source>No public keys yet</source>
        <translation>Pas encore de clé publique</translation>
    </message>
    <message>
        <source>No secret keys yet</source>
        <translation>Pas encore de clé secrète</translation>
    </message>
    <message>
        <source>A public key goes in a web page. It works only from the origins you allow and only for the one service it is made for.</source>
        <translation>Une clé publique se place dans une page web. Elle ne fonctionne que depuis les origines autorisées et pour le seul service pour lequel elle est créée.</translation>
    </message>
    <message>
        <source>A secret key lets one of your servers call the API. Make one key per server or service, so each can be rolled or revoked alone. Its secret is shown once.</source>
        <translation>Une clé secrète permet à l’un de vos serveurs d’appeler l’API. Créez une clé par serveur ou service, pour pouvoir renouveler ou révoquer chacune seule. Son secret n’est affiché qu’une fois.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::MainWindow</name>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Workspace: </source>
        <translation>Espace de travail&#xa0;: </translation>
    </message>
    <message>
        <source>Environment: </source>
        <translation>Environnement&#xa0;: </translation>
    </message>
    <message>
        <source>Live environment</source>
        <translation>Environnement de production</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Sandbox environment</source>
        <translation>Environnement bac à sable</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Serve sandbox on 127.0.0.1</source>
        <translation>Servir le bac à sable sur 127.0.0.1</translation>
    </message>
    <message>
        <source>Let local apps verify sk_test_ keys against this sandbox, without a network</source>
        <translation>Permettre aux applications locales de vérifier des clés sk_test_ auprès de ce bac à sable, sans réseau</translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>&lt;b&gt;SANDBOX&lt;/b&gt; — test data only. Keys here are sk_test_ / pk_test_ and nothing with real side effects (billing, email) ever runs.</source>
        <translation>&lt;b&gt;BAC À SABLE&lt;/b&gt; — données de test uniquement. Les clés sont ici sk_test_ / pk_test_ et rien qui ait des effets réels (facturation, e-mail) n&apos;est jamais exécuté.</translation>
    </message>
    <message>
        <source>Sandbox mode: test data only</source>
        <translation>Mode bac à sable&#xa0;: données de test uniquement</translation>
    </message>
    <message>
        <source>Developers</source>
        <translation>Développeurs</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>Clés publiques</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>You are not a member of any workspace.</source>
        <translation>Vous n&apos;êtes membre d&apos;aucun espace de travail.</translation>
    </message>
    <message>
        <source>Latchkey</source>
        <translation>Latchkey</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Ajouter un point de terminaison</translation>
    </message>
    <message>
        <source>Add webhook endpoint</source>
        <translation>Ajouter un point de terminaison de webhook</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>Renouveler le secret…</translation>
    </message>
    <message>
        <source>Rotate the signing secret</source>
        <translation>Renouveler le secret de signature</translation>
    </message>
    <message>
        <source>Delete endpoint…</source>
        <translation>Supprimer le point de terminaison…</translation>
    </message>
    <message>
        <source>Delete the endpoint</source>
        <translation>Supprimer le point de terminaison</translation>
    </message>
    <message>
        <source>Webhook endpoints</source>
        <translation>Points de terminaison de webhook</translation>
    </message>
    <message>
        <source>Deliveries carry Latchkey-Signature: t=…,v1=…; after a rotation the old secret signs too, for 7 days.</source>
        <translation>Les livraisons portent Latchkey-Signature: t=…,v1=…&#xa0;; après un renouvellement, l&apos;ancien secret signe aussi pendant 7 jours.</translation>
    </message>
    <message>
        <source>Scope catalog</source>
        <translation>Catalogue des portées</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain</source>
        <translation>Vérifier la chaîne de hachage du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Could not load the scope catalog: %1</source>
        <translation>Impossible de charger le catalogue des portées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your role in %1 is &lt;b&gt;%2&lt;/b&gt;. Scopes your role cannot grant are greyed out; hover one to see why.</source>
        <translation>Votre rôle dans %1 est &lt;b&gt;%2&lt;/b&gt;. Les portées que votre rôle ne peut pas accorder sont grisées&#xa0;; survolez-en une pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>%1 (lapsed)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>Latchkey — Sandbox</source>
        <translation>Latchkey — Bac à sable</translation>
    </message>
    <message>
        <source>Latchkey — Live</source>
        <translation>Latchkey — Production</translation>
    </message>
    <message>
        <source>Only the offline sandbox can be served on 127.0.0.1.</source>
        <translation>Seul le bac à sable hors ligne peut être servi sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Could not serve the sandbox: %1</source>
        <translation>Impossible de servir le bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Serving sandbox on %1</source>
        <translation>Bac à sable servi sur %1</translation>
    </message>
    <message>
        <source>The sandbox is served on %1 — local apps can verify sk_test_ keys at %1/v1/verify.</source>
        <translation>Le bac à sable est servi sur %1 — les applications locales peuvent vérifier des clés sk_test_ sur %1/v1/verify.</translation>
    </message>
    <message>
        <source>Server mode is not available in this build; the dashboard keeps working on the offline sandbox.</source>
        <translation>Le mode serveur n&apos;est pas disponible dans cette version&#xa0;; le tableau de bord continue de fonctionner sur le bac à sable hors ligne.</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Secret de signature du webhook</translation>
    </message>
    <message>
        <source>Endpoint %1 is added. Verify deliveries with this signing secret:</source>
        <translation>Le point de terminaison %1 est ajouté. Vérifiez les livraisons avec ce secret de signature&#xa0;:</translation>
    </message>
    <message>
        <source>The new signing secret for %1:</source>
        <translation>Le nouveau secret de signature pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Could not check the audit chain: %1</source>
        <translation>Impossible de vérifier la chaîne d&apos;audit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ Hash chain intact: %n record(s) checked.</source>
        <translation>
            <numerusform>✔ Chaîne de hachage intacte&#xa0;: %n entrée vérifiée.</numerusform>
            <numerusform>✔ Chaîne de hachage intacte&#xa0;: %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ Hash chain broken at record %1 (%2): %3</source>
        <translation>✘ Chaîne de hachage rompue à l&apos;entrée %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: %1</source>
        <translation>Le journal d&apos;audit a été falsifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>End this session on the server and forget its token</source>
        <translation>Mettre fin à cette session sur le serveur et oublier son jeton</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>New workspace… — make a workspace of your own; you will be its owner</source>
        <translation>Nouvel espace de travail… — créer votre propre espace&#xa0;; vous en serez le propriétaire</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Change your password; your other sessions end</source>
        <translation>Changer votre mot de passe&#xa0;; vos autres sessions se terminent</translation>
    </message>
    <message>
        <source>The offline sandbox has no password: it is yours on this computer.</source>
        <translation>Le bac à sable hors ligne n&apos;a pas de mot de passe&#xa0;: il vous appartient sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Rename… — rename this workspace</source>
        <translation>Renommer… — renommer cet espace de travail</translation>
    </message>
    <message>
        <source>Viewing the sandbox as %1 (%2). To go back, pick %3 on Members and View as.</source>
        <translation>Vous voyez le bac à sable en tant que %1 (%2). Pour revenir, choisissez %3 dans Membres puis Voir en tant que.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 est de nouveau actif.</translation>
    </message>
    <message>
        <source>%1 has lapsed: live keys get 402.</source>
        <translation>%1 est suspendu&#xa0;: les clés live reçoivent 402.</translation>
    </message>
    <message>
        <source>Workspace %1 is made; you are its owner.</source>
        <translation>L&apos;espace de travail %1 est créé&#xa0;; vous en êtes le propriétaire.</translation>
    </message>
    <message>
        <source>The workspace is now called %1.</source>
        <translation>L&apos;espace de travail s&apos;appelle désormais %1.</translation>
    </message>
    <message>
        <source>Your password is changed; your other sessions have ended.</source>
        <translation>Votre mot de passe est changé&#xa0;; vos autres sessions sont terminées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy this secret now and keep it somewhere safe. It will not be shown again.&lt;/b&gt; If you lose it, rotate the endpoint&apos;s secret to get a new one.</source>
        <translation>&lt;b&gt;Copiez ce secret maintenant et conservez-le en lieu sûr. Il ne sera plus affiché.&lt;/b&gt; Si vous le perdez, renouvelez le secret du point de terminaison pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>The sandbox is no longer served.</source>
        <translation>Le bac à sable n&apos;est plus servi.</translation>
    </message>
    <message>
        <source>Stop serving the sandbox</source>
        <translation>Arrêter de servir le bac à sable</translation>
    </message>
    <message>
        <source>Local apps can verify sk_test_ keys at %1/v1/verify; stop to close the port</source>
        <translation>Les applications locales peuvent vérifier les clés sk_test_ sur %1/v1/verify&#xa0;; arrêter ferme le port</translation>
    </message>
    <message>
        <source>Port %1 is taken; the sandbox is served on %2 instead.</source>
        <translation>Le port %1 est occupé&#xa0;; le bac à sable est servi sur %2 à la place.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n événement exporté vers %1.</numerusform>
            <numerusform>%n événements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The live keys it made before are still listed here, to revoke them; it never verifies them.</source>
        <translation>%1 Les clés live qu&apos;il a créées auparavant restent listées ici, pour que vous puissiez les révoquer&#xa0;; il ne les vérifie jamais.</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>Send the selected endpoint a test event</source>
        <translation>Envoyer un événement de test au point de terminaison sélectionné</translation>
    </message>
    <message>
        <source>Sends a signed “ping” event now and shows the receiver&apos;s answer</source>
        <translation>Envoie maintenant un événement «&#xa0;ping&#xa0;» signé et affiche la réponse du destinataire</translation>
    </message>
    <message>
        <source>The new signing secret for %1. The previous secret keeps signing deliveries until %2, so receivers can switch over:</source>
        <translation>Le nouveau secret de signature pour %1. L’ancien secret signe encore les envois jusqu’au %2, le temps que les destinataires changent&#xa0;:</translation>
    </message>
    <message>
        <source>Sending a test event to %1…</source>
        <translation>Envoi d’un événement de test à %1…</translation>
    </message>
    <message numerus="yes">
        <source>Test event delivered to %1 at %2: the receiver answered %3 in %n ms.</source>
        <translation>
            <numerusform>Événement de test livré à %1 à %2&#xa0;: le destinataire a répondu %3 en %n ms.</numerusform>
            <numerusform>Événement de test livré à %1 à %2&#xa0;: le destinataire a répondu %3 en %n ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test event to %1 at %2 not accepted: the receiver answered %3 in %n ms. It must answer 2xx.</source>
        <translation>
            <numerusform>Événement de test à %1 à %2 refusé&#xa0;: le destinataire a répondu %3 en %n ms. Il doit répondre 2xx.</numerusform>
            <numerusform>Événement de test à %1 à %2 refusé&#xa0;: le destinataire a répondu %3 en %n ms. Il doit répondre 2xx.</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint %1 is deleted; nothing is sent to it any more.</source>
        <translation>Le point de terminaison %1 est supprimé. Plus rien ne lui est envoyé.</translation>
    </message>
    <message>
        <source>Latchkey — %1 — Sandbox</source>
        <translation>Latchkey — %1 — Bac à sable</translation>
    </message>
    <message>
        <source>Latchkey — %1 — Live</source>
        <translation>Latchkey — %1 — Production</translation>
    </message>
    <message>
        <source>Test event to %1 at %2 not delivered: nothing answered there. Check that the receiver is running and reachable.</source>
        <translation>Événement de test à %1 à %2 non livré&#xa0;: rien n&apos;y a répondu. Vérifiez que le destinataire tourne et est joignable.</translation>
    </message>
    <message numerus="yes">
        <source>Test event to %1 at %2 not delivered: no answer within %n ms. Check that the receiver is running and reachable.</source>
        <translation>
            <numerusform>Événement de test à %1 à %2 non livré&#xa0;: pas de réponse en %n&#xa0;ms. Vérifiez que le destinataire tourne et est joignable.</numerusform>
            <numerusform>Événement de test à %1 à %2 non livré&#xa0;: pas de réponse en %n&#xa0;ms. Vérifiez que le destinataire tourne et est joignable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ui::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Members and pending invitations</source>
        <translation>Membres et invitations en attente</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <source>Invite a member</source>
        <translation>Inviter un membre</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>Give the selected member this role</source>
        <translation>Donner ce rôle au membre sélectionné</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Retirer le membre sélectionné</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Retirer l&apos;invitation</translation>
    </message>
    <message>
        <source>Withdraw the selected invitation</source>
        <translation>Retirer l&apos;invitation sélectionnée</translation>
    </message>
    <message>
        <source>Accept invitation…</source>
        <translation>Accepter une invitation…</translation>
    </message>
    <message>
        <source>Accept an invitation in the sandbox</source>
        <translation>Accepter une invitation dans le bac à sable</translation>
    </message>
    <message>
        <source>View as this member</source>
        <translation>Voir en tant que ce membre</translation>
    </message>
    <message>
        <source>Show the dashboard as the selected member sees it</source>
        <translation>Afficher le tableau de bord tel que le voit le membre sélectionné</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>You can invite members and give them any role up to yours (%1).</source>
        <translation>Vous pouvez inviter des membres et leur donner tout rôle jusqu&apos;au vôtre (%1).</translation>
    </message>
    <message>
        <source>You can see who is in %1. %2</source>
        <translation>Vous voyez qui fait partie de %1. %2</translation>
    </message>
    <message>
        <source>Invite someone by email; they get a token to accept</source>
        <translation>Inviter quelqu&apos;un par e-mail&#xa0;; la personne reçoit un jeton pour accepter</translation>
    </message>
    <message>
        <source>Leave workspace…</source>
        <translation>Quitter l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Leave this workspace</source>
        <translation>Quitter cet espace de travail</translation>
    </message>
    <message>
        <source>Remove the member; their access ends at once</source>
        <translation>Retirer le membre&#xa0;; son accès prend fin aussitôt</translation>
    </message>
    <message>
        <source>The roles you may give</source>
        <translation>Les rôles que vous pouvez donner</translation>
    </message>
    <message>
        <source>The token stops working at once</source>
        <translation>Le jeton cesse aussitôt de fonctionner</translation>
    </message>
    <message>
        <source>See the dashboard as %1 sees it</source>
        <translation>Voir le tableau de bord tel que le voit %1</translation>
    </message>
    <message>
        <source>Select another member first.</source>
        <translation>Sélectionnez d&apos;abord un autre membre.</translation>
    </message>
    <message>
        <source>This is the offline sandbox: accept it on this computer, on the Members page (Accept invitation…), with the token below and the email %1.</source>
        <translation>Ceci est le bac à sable hors ligne&#xa0;: acceptez l&apos;invitation sur cet ordinateur, dans la page Membres (Accepter une invitation…), avec le jeton ci-dessous et l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>To join: open Latchkey, choose Connect to server…, enter the server %1 and your email %2, tick “I have an invitation”, paste the token below and choose a password of at least 12 characters (or give yours, if you have an account there).</source>
        <translation>Pour rejoindre&#xa0;: ouvrez Latchkey, choisissez «&#xa0;Se connecter au serveur…&#xa0;», saisissez le serveur %1 et votre adresse %2, cochez «&#xa0;J&apos;ai une invitation&#xa0;», collez le jeton ci-dessous et choisissez un mot de passe d&apos;au moins 12 caractères (ou donnez le vôtre si vous y avez déjà un compte).</translation>
    </message>
    <message>
        <source>Hello,

%1 invites you to the workspace “%2” on Latchkey, as %3.

%4

Invitation token: </source>
        <translation>Bonjour,

%1 vous invite dans l&apos;espace de travail «&#xa0;%2&#xa0;» sur Latchkey, en tant que %3.

%4

Jeton d&apos;invitation&#xa0;: </translation>
    </message>
    <message>
        <source>

The token works once, for %1 only, until %2 (UTC).</source>
        <translation>

Le jeton fonctionne une fois, pour %1 seulement, jusqu&apos;au %2 (UTC).</translation>
    </message>
    <message>
        <source>Invitation for %1</source>
        <translation>Invitation pour %1</translation>
    </message>
    <message>
        <source>%1 is invited as &lt;b&gt;%2&lt;/b&gt;. Send them this message; the token in it is their way in.</source>
        <translation>%1 est invité en tant que &lt;b&gt;%2&lt;/b&gt;. Envoyez-lui ce message&#xa0;; le jeton qu&apos;il contient lui ouvre l&apos;accès.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the invitation now. It will not be shown again.&lt;/b&gt; If it is lost, withdraw the invitation and invite again.</source>
        <translation>&lt;b&gt;Copiez l&apos;invitation maintenant. Elle ne sera plus affichée.&lt;/b&gt; Si elle est perdue, retirez l&apos;invitation et invitez à nouveau.</translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation>Copier l&apos;invitation</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais %2.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Vous avez quitté %1.</translation>
    </message>
    <message>
        <source>%1 is removed from %2.</source>
        <translation>%1 est retiré de %2.</translation>
    </message>
    <message>
        <source>The invitation for %1 is withdrawn; its token no longer works.</source>
        <translation>L&apos;invitation pour %1 est retirée&#xa0;; son jeton ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Invitation accepted.</source>
        <translation>Invitation acceptée.</translation>
    </message>
    <message>
        <source>The sandbox now shows what %1 sees.</source>
        <translation>Le bac à sable montre maintenant ce que voit %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>That role was changed in another workspace: open it to change the role back.</source>
        <translation>Ce rôle a été changé dans un autre espace de travail&#xa0;: ouvrez-le pour rétablir le rôle précédent.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Act on the message</source>
        <translation>Agir sur le message</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::OriginAllowlistEditor</name>
    <message>
        <source>Origin to allow</source>
        <translation>Origine à autoriser</translation>
    </message>
    <message>
        <source>https://shop.example.com or https://*.example.com</source>
        <translation>https://shop.example.com ou https://*.example.com</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add origin</source>
        <translation>Ajouter l&apos;origine</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected origin</source>
        <translation>Retirer l&apos;origine sélectionnée</translation>
    </message>
    <message>
        <source>Will be allowed as %1</source>
        <translation>Sera autorisée comme %1</translation>
    </message>
    <message>
        <source>Not an origin: %1</source>
        <translation>Pas une origine&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::RemoveMemberCommand</name>
    <message>
        <source>Select a member first.</source>
        <translation>Sélectionnez d&apos;abord un membre.</translation>
    </message>
    <message>
        <source>Leave workspace</source>
        <translation>Quitter l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&lt;p&gt;You will lose access to &lt;b&gt;%1&lt;/b&gt; at once. Only an owner or admin can invite you back.&lt;/p&gt;&lt;p&gt;To confirm, type the workspace&apos;s name:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vous perdrez aussitôt l&apos;accès à &lt;b&gt;%1&lt;/b&gt;. Seul un propriétaire ou un admin pourra vous réinviter.&lt;/p&gt;&lt;p&gt;Pour confirmer, saisissez le nom de l&apos;espace de travail&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the workspace&apos;s name</source>
        <translation>Saisissez le nom de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; loses access to %2 at once, on every server: their next call gets &lt;tt&gt;401&lt;/tt&gt;. The keys they made keep working until you revoke them.&lt;/p&gt;&lt;p&gt;To confirm, type their email:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; perd aussitôt l&apos;accès à %2, sur tous les serveurs&#xa0;: son prochain appel reçoit &lt;tt&gt;401&lt;/tt&gt;. Les clés qu&apos;il a créées fonctionnent jusqu&apos;à ce que vous les révoquiez.&lt;/p&gt;&lt;p&gt;Pour confirmer, saisissez son adresse e-mail&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the member&apos;s email</source>
        <translation>Saisissez l&apos;adresse e-mail du membre</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::RevokeKeyCommand</name>
    <message>
        <source>This key is already revoked.</source>
        <translation>Cette clé est déjà révoquée.</translation>
    </message>
    <message>
        <source>Revoke test key</source>
        <translation>Révoquer la clé de test</translation>
    </message>
    <message>
        <source>Revoke “%1” (%2)? It stops working at once. This cannot be undone.</source>
        <translation>Révoquer «&#xa0;%1&#xa0;» (%2)&#xa0;? Elle cesse de fonctionner immédiatement. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message>
        <source>Could not revoke “%1”: %2</source>
        <translation>Impossible de révoquer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::RevokeKeyDialog</name>
    <message>
        <source>Revoke live key</source>
        <translation>Révoquer la clé de production</translation>
    </message>
    <message>
        <source>&lt;p&gt;Revoking &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;) stops it working at once, everywhere. Every request made with it will fail with &lt;tt&gt;401 invalid_api_key&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;To confirm, type the key&apos;s name:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Révoquer &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;) l&apos;arrête immédiatement, partout. Toute requête faite avec elle échouera avec &lt;tt&gt;401 invalid_api_key&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cette action est irréversible.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pour confirmer, saisissez le nom de la clé&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the key&apos;s name</source>
        <translation>Saisissez le nom de la clé</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::RollKeyCommand</name>
    <message>
        <source>Could not roll “%1”: %2</source>
        <translation>Impossible de renouveler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation>Nouvelle clé secrète</translation>
    </message>
    <message>
        <source>“%1” has been rolled. This is the new key:</source>
        <translation>«&#xa0;%1&#xa0;» a été renouvelée. Voici la nouvelle clé&#xa0;:</translation>
    </message>
    <message>
        <source>Select the key to roll.</source>
        <translation>Sélectionnez la clé à renouveler.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::RollKeyDialog</name>
    <message>
        <source>Roll key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rolling &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;) issues a new secret key with the same scopes and restrictions. The new secret is shown once.&lt;/p&gt;&lt;p&gt;How long should the old key keep working, so you can deploy the new one?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Renouveler &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;) émet une nouvelle clé secrète avec les mêmes portées et restrictions. Le nouveau secret n&apos;est affiché qu&apos;une fois.&lt;/p&gt;&lt;p&gt;Combien de temps l&apos;ancienne clé doit-elle encore fonctionner, pour vous laisser déployer la nouvelle&#xa0;?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Old key keeps working for</source>
        <translation>L&apos;ancienne clé fonctionne encore pendant</translation>
    </message>
    <message>
        <source>Expire it now</source>
        <translation>La faire expirer maintenant</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 jours</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Old key works for:</source>
        <translation>L&apos;ancienne clé fonctionne pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::RotateEndpointSecretCommand</name>
    <message>
        <source>Rotate signing secret</source>
        <translation>Renouveler le secret de signature</translation>
    </message>
    <message>
        <source>Create a new signing secret for %1? The current secret keeps signing deliveries for 7 days, so receivers can switch over.</source>
        <translation>Créer un nouveau secret de signature pour %1&#xa0;? Le secret actuel continue de signer les livraisons pendant 7 jours, pour que les destinataires puissent basculer.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::SecretRevealDialog</name>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>Copier le secret</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy this secret now and keep it somewhere safe. It will not be shown again.&lt;/b&gt; If you lose it, roll the key to get a new one.</source>
        <translation>&lt;b&gt;Copiez ce secret maintenant et conservez-le en lieu sûr. Il ne sera plus affiché.&lt;/b&gt; Si vous le perdez, renouvelez la clé pour en obtenir une nouvelle.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close the secret</source>
        <translation>Fermer le secret</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde, sauf si vous copiez autre chose.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes, sauf si vous copiez autre chose.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Fermer sans copier&#xa0;?</translation>
    </message>
    <message>
        <source>You have not copied the secret. Once this window closes it cannot be shown again.</source>
        <translation>Vous n&apos;avez pas copié le secret. Une fois cette fenêtre fermée, il ne pourra plus être affiché.</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Fermer sans copier</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Message à envoyer</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::ServicePage</name>
    <message>
        <source>Subscription active. Live and sandbox keys can call %1.</source>
        <translation>Abonnement actif. Les clés de production et du bac à sable peuvent appeler %1.</translation>
    </message>
    <message>
        <source>Subscription lapsed: live calls get 402 service_inactive. The sandbox keeps working.</source>
        <translation>Abonnement expiré&#xa0;: les appels en production reçoivent 402 service_inactive. Le bac à sable continue de fonctionner.</translation>
    </message>
    <message>
        <source>Scopes of this service</source>
        <translation>Portées de ce service</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>Clés publiques</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Privileged: owners and admins only</source>
        <translation>Privilégiée&#xa0;: propriétaires et administrateurs uniquement</translation>
    </message>
    <message>
        <source>Create public key for %1…</source>
        <translation>Créer une clé publique pour %1…</translation>
    </message>
    <message>
        <source>Create a public key for this service</source>
        <translation>Créer une clé publique pour ce service</translation>
    </message>
    <message>
        <source>Lapse subscription…</source>
        <translation>Suspendre l&apos;abonnement…</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <translation>Réactiver l&apos;abonnement</translation>
    </message>
    <message>
        <source>Lapse the subscription to %1</source>
        <translation>Suspendre l&apos;abonnement à %1</translation>
    </message>
    <message>
        <source>Reactivate the subscription to %1</source>
        <translation>Réactiver l&apos;abonnement à %1</translation>
    </message>
    <message>
        <source>Live keys will get 402 service_inactive at once</source>
        <translation>Les clés live recevront aussitôt 402 service_inactive</translation>
    </message>
    <message>
        <source>Live keys work again at once</source>
        <translation>Les clés live fonctionnent de nouveau aussitôt</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::SetMemberRoleCommand</name>
    <message>
        <source>Select a member first.</source>
        <translation>Sélectionnez d&apos;abord un membre.</translation>
    </message>
    <message>
        <source>%1 is %2 already.</source>
        <translation>%1 est déjà %2.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::SetServiceActiveCommand</name>
    <message>
        <source>Lapse %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <source>Lapse the subscription to %1? Every live key calling %1 gets 402 service_inactive at once, on every server, until it is reactivated. Sandbox keys keep working.</source>
        <translation>Suspendre l&apos;abonnement à %1&#xa0;? Toute clé live qui appelle %1 reçoit aussitôt 402 service_inactive, sur tous les serveurs, jusqu&apos;à sa réactivation. Les clés du bac à sable continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Lapse subscription</source>
        <translation>Suspendre l&apos;abonnement</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::TypedConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Utilisation par jour</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Chargement de l’utilisation…</translation>
    </message>
    <message numerus="yes">
        <source>No calls in the last %n day(s).</source>
        <translation>
            <numerusform>Aucun appel en %n jour.</numerusform>
            <numerusform>Aucun appel ces %n derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s): %1 allowed, %2 refused. Busiest day: %3 (%4 calls).</source>
        <translation>
            <numerusform>Dernier jour (%n)&#xa0;: %1 autorisés, %2 refusés. Jour le plus chargé&#xa0;: %3 (%4 appels).</numerusform>
            <numerusform>%n derniers jours&#xa0;: %1 autorisés, %2 refusés. Jour le plus chargé&#xa0;: %3 (%4 appels).</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked or expired</source>
        <translation>révoquée ou expirée</translation>
    </message>
    <message>
        <source>service inactive</source>
        <translation>service inactif</translation>
    </message>
    <message>
        <source>origin not allowed</source>
        <translation>origine non autorisée</translation>
    </message>
    <message>
        <source>IP address not allowed</source>
        <translation>adresse IP non autorisée</translation>
    </message>
    <message>
        <source>endpoint not allowed</source>
        <translation>point de terminaison non autorisé</translation>
    </message>
    <message>
        <source>missing scope</source>
        <translation>portée manquante</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de débit atteinte</translation>
    </message>
    <message>
        <source>%1: %2 allowed, %3 refused</source>
        <translation>%1&#xa0;: %2 autorisés, %3 refusés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisés</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::WebhookDialog</name>
    <message>
        <source>Add live webhook endpoint</source>
        <translation>Ajouter un point de terminaison de webhook de production</translation>
    </message>
    <message>
        <source>Add sandbox webhook endpoint</source>
        <translation>Ajouter un point de terminaison de webhook du bac à sable</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <source>https://example.com/webhooks/latchkey</source>
        <translation>https://example.com/webhooks/latchkey</translation>
    </message>
    <message>
        <source>https://… or http://localhost:8000/webhooks</source>
        <translation>https://… ou http://localhost:8000/webhooks</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Ajouter un point de terminaison</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Deliveries are signed; the signing secret is shown once after the endpoint is added.</source>
        <translation>Les livraisons sont signées&#xa0;; le secret de signature est affiché une seule fois, après l&apos;ajout du point de terminaison.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::WithdrawInvitationCommand</name>
    <message>
        <source>Select an invitation first.</source>
        <translation>Sélectionnez d&apos;abord une invitation.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::WorkspaceNameDialog</name>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Renommer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Créer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nom de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>You will be its owner. It starts subscribed to Forms and Bookings, with no keys and no other members.</source>
        <translation>Vous en serez le propriétaire. Il démarre abonné à Formulaires et à Réservations, sans clés ni autres membres.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Latchkey API-key dashboard</source>
        <translation>Tableau de bord Latchkey des clés d&apos;API</translation>
    </message>
    <message>
        <source>Use the offline sandbox.</source>
        <translation>Utiliser le bac à sable hors ligne.</translation>
    </message>
    <message>
        <source>Connect to a latchkeyd.</source>
        <translation>Se connecter à un latchkeyd.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s directory.</source>
        <translation>Le répertoire du bac à sable.</translation>
    </message>
    <message>
        <source>Render every page and dialog to PNG files and exit.</source>
        <translation>Enregistrer chaque page et chaque boîte de dialogue en PNG, puis quitter.</translation>
    </message>
    <message>
        <source>The language of the dashboard: %1. The default follows the system.</source>
        <translation>La langue du tableau de bord&#xa0;: %1. Par défaut, celle du système.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <source>Signed out on this computer; the server could not be told: %1</source>
        <translation>Déconnecté sur cet ordinateur&#xa0;; le serveur n&apos;a pas pu être prévenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resuming your session on %1…</source>
        <translation>Reprise de votre session sur %1…</translation>
    </message>
</context>
</TS>
