<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityText</name>
    <message>
        <source>“%1”</source>
        <comment>a name in a sentence</comment>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the name</source>
        <translation>den Namen</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>die Metadaten</translation>
    </message>
    <message>
        <source>the scopes</source>
        <translation>die Scopes</translation>
    </message>
    <message>
        <source>the allowed origins</source>
        <translation>die erlaubten Origins</translation>
    </message>
    <message>
        <source>the IP allowlist</source>
        <translation>die IP-Allowlist</translation>
    </message>
    <message>
        <source>the endpoints</source>
        <translation>die Endpunkte</translation>
    </message>
    <message>
        <source>the rate limit</source>
        <translation>das Ratenlimit</translation>
    </message>
    <message>
        <source>the expiry</source>
        <translation>den Ablauf</translation>
    </message>
    <message>
        <source>its settings</source>
        <translation>die Einstellungen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list: &apos;the name, the scopes and the expiry&apos;</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>den Schlüssel %1</translation>
    </message>
    <message>
        <source>the secret key %1</source>
        <translation>den geheimen Schlüssel %1</translation>
    </message>
    <message>
        <source>the public key %1</source>
        <translation>den öffentlichen Schlüssel %1</translation>
    </message>
    <message>
        <source>the webhook endpoint %1</source>
        <translation>den Webhook-Endpunkt %1</translation>
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
        <translation>Das System</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>%1 hat %2 erstellt</translation>
    </message>
    <message>
        <source>%1 changed %2 of %3</source>
        <translation>%1 hat %2 von %3 geändert</translation>
    </message>
    <message>
        <source>%1 revoked %2</source>
        <translation>%1 hat %2 widerrufen</translation>
    </message>
    <message>
        <source>%1 rolled %2; the old secret stops working after %3</source>
        <translation>%1 hat %2 erneuert; das alte Geheimnis gilt noch %3</translation>
    </message>
    <message>
        <source>%1 rolled %2; the old secret stopped working at once</source>
        <translation>%1 hat %2 erneuert; das alte Geheimnis galt sofort nicht mehr</translation>
    </message>
    <message>
        <source>%1 invited %2 as %3</source>
        <translation>%1 hat %2 als %3 eingeladen</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation of %2</source>
        <translation>%1 hat die Einladung von %2 zurückgezogen</translation>
    </message>
    <message>
        <source>%1 joined as %2</source>
        <translation>%1 ist als %2 beigetreten</translation>
    </message>
    <message>
        <source>%1 changed the role of %2 from %3 to %4</source>
        <translation>%1 hat die Rolle von %2 von %3 zu %4 geändert</translation>
    </message>
    <message>
        <source>%1 removed %2 (%3)</source>
        <translation>%1 hat %2 (%3) entfernt</translation>
    </message>
    <message>
        <source>%1 signed in</source>
        <translation>%1 hat sich angemeldet</translation>
    </message>
    <message>
        <source>%1 changed their password and ended their other sessions</source>
        <translation>%1 hat das eigene Passwort geändert und die anderen Sitzungen beendet</translation>
    </message>
    <message>
        <source>%1 changed the password of %2 and ended their other sessions</source>
        <translation>%1 hat das Passwort von %2 geändert und deren andere Sitzungen beendet</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 hat %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 hat %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 rotated the signing secret of %2</source>
        <translation>%1 hat das Signaturgeheimnis von %2 rotiert</translation>
    </message>
    <message>
        <source>%1 created the workspace %2</source>
        <translation>%1 hat den Arbeitsbereich %2 erstellt</translation>
    </message>
    <message>
        <source>%1 renamed the workspace %2 to %3</source>
        <translation>%1 hat den Arbeitsbereich %2 in %3 umbenannt</translation>
    </message>
    <message>
        <source>%1 turned the service %2 on</source>
        <translation>%1 hat den Dienst %2 eingeschaltet</translation>
    </message>
    <message>
        <source>%1 turned the service %2 off</source>
        <translation>%1 hat den Dienst %2 ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 did %2 on %3</source>
        <comment>an action without a sentence of its own</comment>
        <translation>%1: %2 an %3</translation>
    </message>
    <message>
        <source>nothing named</source>
        <translation>nichts Benanntem</translation>
    </message>
    <message>
        <source>Every key event</source>
        <translation>Alle Schlüssel-Ereignisse</translation>
    </message>
    <message>
        <source>Every member event</source>
        <translation>Alle Mitglieder-Ereignisse</translation>
    </message>
    <message>
        <source>Every webhook event</source>
        <translation>Alle Webhook-Ereignisse</translation>
    </message>
    <message>
        <source>Every workspace event</source>
        <translation>Alle Arbeitsbereich-Ereignisse</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <source>Key changed</source>
        <translation>Schlüssel geändert</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Key rolled</source>
        <translation>Schlüssel erneuert</translation>
    </message>
    <message>
        <source>Member invited</source>
        <translation>Mitglied eingeladen</translation>
    </message>
    <message>
        <source>Invitation withdrawn</source>
        <translation>Einladung zurückgezogen</translation>
    </message>
    <message>
        <source>Member joined</source>
        <translation>Mitglied beigetreten</translation>
    </message>
    <message>
        <source>Member&apos;s role changed</source>
        <translation>Rolle eines Mitglieds geändert</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Mitglied entfernt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Webhook endpoint added</source>
        <translation>Webhook-Endpunkt hinzugefügt</translation>
    </message>
    <message>
        <source>Webhook endpoint deleted</source>
        <translation>Webhook-Endpunkt gelöscht</translation>
    </message>
    <message>
        <source>Webhook signing secret rotated</source>
        <translation>Webhook-Signaturgeheimnis rotiert</translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation>Arbeitsbereich erstellt</translation>
    </message>
    <message>
        <source>Workspace renamed</source>
        <translation>Arbeitsbereich umbenannt</translation>
    </message>
    <message>
        <source>Service turned on or off</source>
        <translation>Dienst ein- oder ausgeschaltet</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No API key provided. Send it as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation>Kein API-Schlüssel angegeben. Senden Sie ihn als &apos;Authorization: Bearer &lt;key&gt;&apos;.</translation>
    </message>
    <message>
        <source>The workspace&apos;s subscription to the service &apos;%1&apos; is not active.</source>
        <translation>Das Abonnement des Arbeitsbereichs für den Dienst &apos;%1&apos; ist nicht aktiv.</translation>
    </message>
    <message>
        <source>This API key does not have the scope &apos;%1&apos;.</source>
        <translation>Dieser API-Schlüssel hat die Berechtigung &apos;%1&apos; nicht.</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; cannot be granted: %2</source>
        <translation>Die Berechtigung &apos;%1&apos; kann nicht erteilt werden: %2</translation>
    </message>
    <message>
        <source>This public key may only be used from its allowed origins, and the request carried no Origin.</source>
        <translation>Dieser öffentliche Schlüssel darf nur von seinen erlaubten Origins aus verwendet werden, und die Anfrage enthielt keinen Origin.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; is not on this key&apos;s allowlist.</source>
        <translation>Der Origin &apos;%1&apos; steht nicht auf der Zulassungsliste dieses Schlüssels.</translation>
    </message>
    <message>
        <source>The IP address &apos;%1&apos; is not on this key&apos;s allowlist.</source>
        <translation>Die IP-Adresse &apos;%1&apos; steht nicht auf der Zulassungsliste dieses Schlüssels.</translation>
    </message>
    <message>
        <source>This key may not call &apos;%1 %2&apos;.</source>
        <translation>Dieser Schlüssel darf &apos;%1 %2&apos; nicht aufrufen.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Anfragetext ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>Too many requests with this key. Retry after the time in Retry-After.</source>
        <translation>Zu viele Anfragen mit diesem Schlüssel. Versuchen Sie es nach der in Retry-After genannten Zeit erneut.</translation>
    </message>
    <message>
        <source>This key may only be used from its allowed IP addresses, and the request named no client address (&quot;ip&quot;).</source>
        <translation>Dieser Schlüssel darf nur von seinen erlaubten IP-Adressen aus verwendet werden, und die Anfrage nannte keine Client-Adresse („ip“).</translation>
    </message>
</context>
<context>
    <name>AuditFilter</name>
    <message>
        <source>actor must be an email address, a key&apos;s display form or &apos;system&apos;, of at most %1 characters.</source>
        <translation>actor muss eine E-Mail-Adresse, die Anzeigeform eines Schlüssels oder &apos;system&apos; sein, mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>action must be one action, such as api_key.revoked, or a family of actions, such as api_key.*.</source>
        <translation>action muss eine Aktion wie api_key.revoked oder eine Familie von Aktionen wie api_key.* sein.</translation>
    </message>
    <message>
        <source>target must be an object&apos;s id, such as key_….</source>
        <translation>target muss die ID eines Objekts sein, etwa key_….</translation>
    </message>
    <message>
        <source>created_lte is earlier than created_gte.</source>
        <translation>created_lte liegt vor created_gte.</translation>
    </message>
    <message>
        <source>%1 must be a time in RFC 3339 form, such as 2026-01-31T09:00:00Z.</source>
        <translation>%1 muss eine Zeit im Format RFC 3339 sein, etwa 2026-01-31T09:00:00Z.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>record %1 is missing or out of order (found %2)</source>
        <translation>Eintrag %1 fehlt oder steht an falscher Stelle (gefunden: %2)</translation>
    </message>
    <message>
        <source>its link to the previous record does not match</source>
        <translation>seine Verknüpfung zum vorherigen Eintrag stimmt nicht</translation>
    </message>
    <message>
        <source>its contents do not match its hash</source>
        <translation>sein Inhalt passt nicht zu seinem Hash</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>API keys cannot manage members, invitations, workspaces or passwords; sign in instead.</source>
        <translation>API-Schlüssel können keine Mitglieder, Einladungen, Arbeitsbereiche oder Passwörter verwalten; melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>Only an owner of the workspace can do this (your role: %1).</source>
        <translation>Nur ein Eigentümer des Arbeitsbereichs kann das tun (Ihre Rolle: %1).</translation>
    </message>
    <message>
        <source>Only owners and admins can manage members and invitations (your role: %1).</source>
        <translation>Nur Eigentümer und Administratoren können Mitglieder und Einladungen verwalten (Ihre Rolle: %1).</translation>
    </message>
    <message>
        <source>Your role (%1) cannot see API keys.</source>
        <translation>Ihre Rolle (%1) darf keine API-Schlüssel sehen.</translation>
    </message>
    <message>
        <source>Your role (%1) cannot change API keys.</source>
        <translation>Ihre Rolle (%1) darf keine API-Schlüssel ändern.</translation>
    </message>
    <message>
        <source>Your role (%1) cannot see webhook endpoints.</source>
        <translation>Ihre Rolle (%1) darf keine Webhook-Endpunkte sehen.</translation>
    </message>
    <message>
        <source>Your role (%1) cannot change webhook endpoints.</source>
        <translation>Ihre Rolle (%1) darf keine Webhook-Endpunkte ändern.</translation>
    </message>
    <message>
        <source>Your role (%1) cannot read the audit log.</source>
        <translation>Ihre Rolle (%1) darf das Audit-Protokoll nicht lesen.</translation>
    </message>
    <message>
        <source>You cannot invite someone as %1: nobody invites above their own role (%2).</source>
        <translation>Sie können niemanden als %1 einladen: Niemand lädt über seiner eigenen Rolle (%2) ein.</translation>
    </message>
    <message>
        <source>Only an owner can change another owner&apos;s role.</source>
        <translation>Nur ein Eigentümer kann die Rolle eines anderen Eigentümers ändern.</translation>
    </message>
    <message>
        <source>You cannot make someone %1: nobody gives a role above their own (%2).</source>
        <translation>Sie können niemanden zu %1 machen: Niemand vergibt eine Rolle über der eigenen (%2).</translation>
    </message>
    <message>
        <source>Only an owner can remove another owner.</source>
        <translation>Nur ein Eigentümer kann einen anderen Eigentümer entfernen.</translation>
    </message>
    <message>
        <source>The offline sandbox holds test keys only (sk_test_, pk_test_): live keys are created and verified on a Latchkey server.</source>
        <translation>Die Offline-Sandbox enthält nur Testschlüssel (sk_test_, pk_test_): Live-Schlüssel werden auf einem Latchkey-Server erstellt und geprüft.</translation>
    </message>
</context>
<context>
    <name>Cidr</name>
    <message>
        <source>An IP allowlist entry is empty; write an address such as 203.0.113.7 or a network such as 10.0.0.0/8.</source>
        <translation>Ein Eintrag der IP-Zulassungsliste ist leer; geben Sie eine Adresse wie 203.0.113.7 oder ein Netz wie 10.0.0.0/8 an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long for an IP address or network.</source>
        <translation>&apos;%1&apos; ist zu lang für eine IP-Adresse oder ein Netz.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 or IPv6 address; write IPv4 as four numbers from 0 to 255 without leading zeros, e.g. 192.0.2.10.</source>
        <translation>&apos;%1&apos; ist keine gültige IPv4- oder IPv6-Adresse; schreiben Sie IPv4 als vier Zahlen von 0 bis 255 ohne führende Nullen, z. B. 192.0.2.10.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an IPv6 zone id (&apos;%&apos;); allowlists take addresses without one.</source>
        <translation>&apos;%1&apos; hat eine IPv6-Zonen-ID (&apos;%&apos;); Zulassungslisten nehmen nur Adressen ohne sie an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address.</source>
        <translation>&apos;%1&apos; ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The prefix length in &apos;%1&apos; must be a number from 0 to %2.</source>
        <translation>Die Präfixlänge in &apos;%1&apos; muss eine Zahl von 0 bis %2 sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has bits set after the /%2 prefix; did you mean &apos;%3&apos;?</source>
        <translation>In &apos;%1&apos; sind nach dem Präfix /%2 noch Bits gesetzt; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>An IP allowlist holds at most %1 entries; merge addresses into networks such as 10.0.0.0/8.</source>
        <translation>Eine IP-Zulassungsliste fasst höchstens %1 Einträge; fassen Sie Adressen zu Netzen wie 10.0.0.0/8 zusammen.</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>An encrypted secret is damaged (too short).</source>
        <translation>Ein verschlüsseltes Geheimnis ist beschädigt (zu kurz).</translation>
    </message>
    <message>
        <source>An encrypted secret could not be decrypted: the master key is wrong or the data was changed.</source>
        <translation>Ein verschlüsseltes Geheimnis konnte nicht entschlüsselt werden: Der Hauptschlüssel ist falsch oder die Daten wurden verändert.</translation>
    </message>
    <message>
        <source>The master key file %1 is readable by other users; make it private (chmod 600) and try again.</source>
        <translation>Die Hauptschlüsseldatei %1 ist für andere Benutzer lesbar; machen Sie sie privat (chmod 600) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read the master key file %1: %2</source>
        <translation>Die Hauptschlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The master key file %1 is damaged: it must hold exactly 32 bytes.</source>
        <translation>Die Hauptschlüsseldatei %1 ist beschädigt: Sie muss genau 32 Bytes enthalten.</translation>
    </message>
    <message>
        <source>Cannot create the master key file %1: %2</source>
        <translation>Die Hauptschlüsseldatei %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>%1 is not valid text: it has a lone UTF-16 surrogate.</source>
        <translation>%1 ist kein gültiger Text: Er enthält ein einzelnes UTF-16-Surrogat.</translation>
    </message>
    <message>
        <source>%1 contains the control character U+%2 (a line break, tab, escape or similar); write it on one line without it.</source>
        <translation>%1 enthält das Steuerzeichen U+%2 (einen Zeilenumbruch, Tabulator, Escape oder Ähnliches); schreiben Sie es in eine Zeile ohne dieses Zeichen.</translation>
    </message>
    <message>
        <source>%1 contains the bidirectional control U+%2, which can make text read differently from what it is; remove it.</source>
        <translation>%1 enthält das bidirektionale Steuerzeichen U+%2, durch das sich Text anders liest, als er ist; entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 has no visible character: it is made only of spaces or invisible characters.</source>
        <translation>%1 hat kein sichtbares Zeichen: Es besteht nur aus Leerzeichen oder unsichtbaren Zeichen.</translation>
    </message>
</context>
<context>
    <name>EndpointPattern</name>
    <message>
        <source>An endpoint pattern is empty; write an optional method and a path, e.g. &apos;%1&apos;.</source>
        <translation>Ein Endpunktmuster ist leer; geben Sie eine optionale Methode und einen Pfad an, z. B. &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The endpoint pattern &apos;%1&apos; is too long.</source>
        <translation>Das Endpunktmuster &apos;%1&apos; ist zu lang.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an endpoint pattern; write an optional method and a path starting with &apos;/&apos;, e.g. &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; ist kein Endpunktmuster; geben Sie eine optionale Methode und einen Pfad an, der mit &apos;/&apos; beginnt, z. B. &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method; use GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, or * for any method.</source>
        <translation>&apos;%1&apos; ist keine HTTP-Methode; verwenden Sie GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS oder * für jede Methode.</translation>
    </message>
    <message>
        <source>The path in &apos;%1&apos; must start with &apos;/&apos;, e.g. /v1/forms/*.</source>
        <translation>Der Pfad in &apos;%1&apos; muss mit &apos;/&apos; beginnen, z. B. /v1/forms/*.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a query string; endpoint patterns match the path only.</source>
        <translation>&apos;%1&apos; hat einen Query-String; Endpunktmuster prüfen nur den Pfad.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a fragment; endpoint patterns match the path only.</source>
        <translation>&apos;%1&apos; hat ein Fragment; Endpunktmuster prüfen nur den Pfad.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is percent-encoded; write the path with plain characters, and &apos;*&apos; for a segment that varies.</source>
        <translation>&apos;%1&apos; ist prozentkodiert; schreiben Sie den Pfad mit normalen Zeichen und &apos;*&apos; für ein veränderliches Segment.</translation>
    </message>
    <message>
        <source>The path in &apos;%1&apos; contains a space.</source>
        <translation>Der Pfad in &apos;%1&apos; enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The path in &apos;%1&apos; contains the character U+%2, which is not allowed in a path.</source>
        <translation>Der Pfad in &apos;%1&apos; enthält das Zeichen U+%2, das in einem Pfad nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The path in &apos;%1&apos; has more than %2 segments.</source>
        <translation>Der Pfad in &apos;%1&apos; hat mehr als %2 Segmente.</translation>
    </message>
    <message>
        <source>The path in &apos;%1&apos; has an empty segment (&apos;//&apos;).</source>
        <translation>Der Pfad in &apos;%1&apos; hat ein leeres Segment (&apos;//&apos;).</translation>
    </message>
    <message>
        <source>The path in &apos;%1&apos; has a &apos;.&apos; or &apos;..&apos; segment; write the path without them.</source>
        <translation>Der Pfad in &apos;%1&apos; hat ein Segment &apos;.&apos; oder &apos;..&apos;; schreiben Sie den Pfad ohne sie.</translation>
    </message>
    <message>
        <source>In &apos;%1&apos;, &apos;*&apos; must be a whole segment, as in /v1/forms/*.</source>
        <translation>In &apos;%1&apos; muss &apos;*&apos; ein ganzes Segment sein, wie in /v1/forms/*.</translation>
    </message>
    <message>
        <source>An endpoint allowlist holds at most %1 entries; use &apos;*&apos; segments to cover several.</source>
        <translation>Eine Endpunkt-Zulassungsliste fasst höchstens %1 Einträge; decken Sie mit &apos;*&apos;-Segmenten mehrere ab.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>The server sent an object without a valid &apos;%1&apos;.</source>
        <translation>Der Server hat ein Objekt ohne gültiges &apos;%1&apos; gesendet.</translation>
    </message>
</context>
<context>
    <name>KeyFilter</name>
    <message>
        <source>type must be &apos;secret&apos; or &apos;public&apos;.</source>
        <translation>type muss &apos;secret&apos; oder &apos;public&apos; sein.</translation>
    </message>
    <message>
        <source>include_revoked must be true or false.</source>
        <translation>include_revoked muss true oder false sein.</translation>
    </message>
    <message>
        <source>status must list one or more of active, expiring, expired and revoked, separated by commas.</source>
        <translation>status muss einen oder mehrere der Werte active, expiring, expired und revoked nennen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>%1 must be a time in RFC 3339 form, such as 2026-01-31T09:00:00Z.</source>
        <translation>%1 muss eine Zeit in RFC-3339-Form sein, etwa 2026-01-31T09:00:00Z.</translation>
    </message>
    <message>
        <source>sort must be created, name, last_used or expires, with a leading &apos;-&apos; for descending order.</source>
        <translation>sort muss created, name, last_used oder expires sein, mit vorangestelltem &apos;-&apos; für absteigende Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>KeyService</name>
    <message>
        <source>This key can only manage keys of the %1 environment.</source>
        <translation>Dieser Schlüssel kann nur Schlüssel der Umgebung %1 verwalten.</translation>
    </message>
    <message>
        <source>A key needs a name.</source>
        <translation>Ein Schlüssel braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Der Name ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>No API key with id &apos;%1&apos; in this workspace and environment.</source>
        <translation>Kein API-Schlüssel mit der ID &apos;%1&apos; in diesem Arbeitsbereich und dieser Umgebung.</translation>
    </message>
    <message>
        <source>A public key is issued for one service: set service_id.</source>
        <translation>Ein öffentlicher Schlüssel wird für einen Dienst ausgestellt: Setzen Sie service_id.</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos;.</source>
        <translation>Es gibt keinen Dienst &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A public key needs at least one allowed origin, such as https://shop.example.com.</source>
        <translation>Ein öffentlicher Schlüssel braucht mindestens einen erlaubten Origin, etwa https://shop.example.com.</translation>
    </message>
    <message>
        <source>Only public keys are issued for one service.</source>
        <translation>Nur öffentliche Schlüssel werden für einen Dienst ausgestellt.</translation>
    </message>
    <message>
        <source>Only public keys have allowed origins; secret keys must never be used in a browser.</source>
        <translation>Nur öffentliche Schlüssel haben erlaubte Origins; geheime Schlüssel dürfen nie in einem Browser verwendet werden.</translation>
    </message>
    <message>
        <source>A key needs at least one scope.</source>
        <translation>Ein Schlüssel braucht mindestens eine Berechtigung.</translation>
    </message>
    <message>
        <source>The expiry time is in the past.</source>
        <translation>Der Ablaufzeitpunkt liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>limit must be between 1 and 100.</source>
        <translation>limit muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>A revoked key cannot be changed.</source>
        <translation>Ein widerrufener Schlüssel kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Only public keys have allowed origins.</source>
        <translation>Nur öffentliche Schlüssel haben erlaubte Origins.</translation>
    </message>
    <message>
        <source>A public key needs at least one allowed origin.</source>
        <translation>Ein öffentlicher Schlüssel braucht mindestens einen erlaubten Origin.</translation>
    </message>
    <message>
        <source>old_expires_in must be between 0 and %1 seconds (7 days).</source>
        <translation>old_expires_in muss zwischen 0 und %1 Sekunden (7 Tage) liegen.</translation>
    </message>
    <message>
        <source>Only secret keys can be rolled; a public key can be revoked and created anew.</source>
        <translation>Nur geheime Schlüssel können rotiert werden; ein öffentlicher Schlüssel kann widerrufen und neu erstellt werden.</translation>
    </message>
    <message>
        <source>A revoked key cannot be rolled.</source>
        <translation>Ein widerrufener Schlüssel kann nicht rotiert werden.</translation>
    </message>
    <message>
        <source>An expired key cannot be rolled; create a new key instead.</source>
        <translation>Ein abgelaufener Schlüssel kann nicht rotiert werden; erstellen Sie stattdessen einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>This key was rolled already; roll the key that replaced it instead.</source>
        <translation>Dieser Schlüssel wurde bereits rotiert; rotieren Sie stattdessen den Schlüssel, der ihn ersetzt hat.</translation>
    </message>
    <message>
        <source>Your key expires at %1, so a key it creates or changes must expire no later.</source>
        <translation>Ihr Schlüssel läuft am %1 ab; ein Schlüssel, den er erstellt oder ändert, darf nicht später ablaufen.</translation>
    </message>
    <message>
        <source>Your key may be used only from %1, so a key it creates or changes needs an IP allowlist within those networks.</source>
        <translation>Ihr Schlüssel darf nur von %1 aus verwendet werden; ein Schlüssel, den er erstellt oder ändert, braucht eine IP-Zulassungsliste innerhalb dieser Netze.</translation>
    </message>
    <message>
        <source>Your key may call only %1, so a key it creates or changes needs an endpoint allowlist within those patterns.</source>
        <translation>Ihr Schlüssel darf nur %1 aufrufen; ein Schlüssel, den er erstellt oder ändert, braucht eine Endpunkt-Zulassungsliste innerhalb dieser Muster.</translation>
    </message>
    <message numerus="yes">
        <source>Your key is limited to %1 requests per %n second(s), so a key it creates or changes needs a rate limit no looser: no more requests per window and no higher rate.</source>
        <translation>
            <numerusform>Ihr Schlüssel ist auf %1 Anfragen pro %n Sekunde begrenzt; ein Schlüssel, den er erstellt oder ändert, braucht ein nicht lockereres Ratenlimit: nicht mehr Anfragen pro Zeitfenster und keine höhere Rate.</numerusform>
            <numerusform>Ihr Schlüssel ist auf %1 Anfragen pro %n Sekunden begrenzt; ein Schlüssel, den er erstellt oder ändert, braucht ein nicht lockereres Ratenlimit: nicht mehr Anfragen pro Zeitfenster und keine höhere Rate.</numerusform>
        </translation>
    </message>
    <message>
        <source>days must be a whole number from 1 to %1.</source>
        <translation>days muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>Die Beschreibung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>A key holds at most %1 metadata entries.</source>
        <translation>Ein Schlüssel hat höchstens %1 Metadaten-Einträge.</translation>
    </message>
    <message>
        <source>The metadata key &apos;%1&apos; is not 1 to %2 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>Der Metadaten-Schlüssel „%1“ besteht nicht aus 1 bis %2 Buchstaben, Ziffern, „_“, „-“ oder „.“.</translation>
    </message>
    <message>
        <source>The metadata value of &apos;%1&apos; is longer than %2 characters.</source>
        <translation>Der Metadaten-Wert von „%1“ ist länger als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>KeyText</name>
    <message>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The API key does not start with sk_live_, sk_test_, pk_live_ or pk_test_.</source>
        <translation>Der API-Schlüssel beginnt nicht mit sk_live_, sk_test_, pk_live_ oder pk_test_.</translation>
    </message>
    <message>
        <source>The API key has the wrong length: it must be %1 characters.</source>
        <translation>Der API-Schlüssel hat die falsche Länge: Er muss %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The API key contains a character other than letters and digits after its prefix.</source>
        <translation>Der API-Schlüssel enthält nach seinem Präfix ein Zeichen, das weder Buchstabe noch Ziffer ist.</translation>
    </message>
    <message>
        <source>The API key&apos;s checksum does not match: it was probably mistyped or cut short.</source>
        <translation>Die Prüfsumme des API-Schlüssels stimmt nicht: Er wurde wahrscheinlich falsch eingegeben oder abgeschnitten.</translation>
    </message>
    <message>
        <source>Invalid API key.</source>
        <translation>Ungültiger API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>This invitation is not valid: it may have been used, withdrawn or have expired. Ask for a new one.</source>
        <translation>Diese Einladung ist nicht gültig: Sie wurde vielleicht schon verwendet, zurückgezogen oder ist abgelaufen. Bitten Sie um eine neue.</translation>
    </message>
    <message>
        <source>No member &apos;%1&apos; in this workspace.</source>
        <translation>Kein Mitglied „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is already a member of this workspace.</source>
        <translation>%1 ist bereits Mitglied dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>No invitation &apos;%1&apos; in this workspace.</source>
        <translation>Keine Einladung „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This invitation was accepted already: remove the member instead.</source>
        <translation>Diese Einladung wurde bereits angenommen: Entfernen Sie stattdessen das Mitglied.</translation>
    </message>
    <message>
        <source>The password is not the one of the existing account %1.</source>
        <translation>Das Passwort gehört nicht zum bestehenden Konto %1.</translation>
    </message>
    <message>
        <source>The workspace needs an owner: make someone else an owner first.</source>
        <translation>Der Arbeitsbereich braucht einen Eigentümer: Machen Sie zuerst jemand anderen zum Eigentümer.</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>The origin is empty; write scheme://host[:port], e.g. %1.</source>
        <translation>Der Origin ist leer; schreiben Sie schema://host[:port], z. B. %1.</translation>
    </message>
    <message>
        <source>The origin is too long (%1 characters); an origin is only scheme://host[:port].</source>
        <translation>Der Origin ist zu lang (%1 Zeichen); ein Origin besteht nur aus schema://host[:port].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin; write scheme://host[:port], e.g. %2.</source>
        <translation>&apos;%1&apos; ist kein Origin; schreiben Sie schema://host[:port], z. B. %2.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; uses the scheme &apos;%2&apos;; only http and https origins are allowed.</source>
        <translation>Der Origin &apos;%1&apos; verwendet das Schema &apos;%2&apos;; nur http- und https-Origins sind erlaubt.</translation>
    </message>
    <message>
        <source>An origin cannot contain user info (user@ or user:password@); write only scheme://host[:port].</source>
        <translation>Ein Origin darf keine Benutzerangaben (user@ oder user:password@) enthalten; schreiben Sie nur schema://host[:port].</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has no host.</source>
        <translation>Der Origin &apos;%1&apos; hat keinen Host.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has a path; an origin is only scheme://host[:port], such as &apos;%2&apos;.</source>
        <translation>Der Origin &apos;%1&apos; hat einen Pfad; ein Origin besteht nur aus schema://host[:port], etwa &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has a query string; an origin is only scheme://host[:port], such as &apos;%2&apos;.</source>
        <translation>Der Origin &apos;%1&apos; hat einen Query-String; ein Origin besteht nur aus schema://host[:port], etwa &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has a fragment; an origin is only scheme://host[:port], such as &apos;%2&apos;.</source>
        <translation>Der Origin &apos;%1&apos; hat ein Fragment; ein Origin besteht nur aus schema://host[:port], etwa &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; contains a backslash; an origin is only scheme://host[:port].</source>
        <translation>Der Origin &apos;%1&apos; enthält einen Backslash; ein Origin besteht nur aus schema://host[:port].</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has an IPv6 address without its closing &apos;]&apos;.</source>
        <translation>Der Origin &apos;%1&apos; hat eine IPv6-Adresse ohne schließendes &apos;]&apos;.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has text after its IPv6 address; only a port may follow, as in [::1]:8080.</source>
        <translation>Der Origin &apos;%1&apos; hat Text nach seiner IPv6-Adresse; nur ein Port darf folgen, wie in [::1]:8080.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; has more than one &apos;:&apos;; write an IPv6 address in brackets, as in http://[::1]:8080.</source>
        <translation>Der Origin &apos;%1&apos; hat mehr als ein &apos;:&apos;; schreiben Sie eine IPv6-Adresse in eckigen Klammern, wie in http://[::1]:8080.</translation>
    </message>
    <message>
        <source>The port &apos;%2&apos; in the origin &apos;%1&apos; must be a number from 1 to 65535.</source>
        <translation>Der Port &apos;%2&apos; im Origin &apos;%1&apos; muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The host &apos;%2&apos; in the origin &apos;%1&apos; is not a valid domain name or IP address.</source>
        <translation>Der Host &apos;%2&apos; im Origin &apos;%1&apos; ist kein gültiger Domainname und keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>&apos;*&apos; would let every web page use the key; list the origins, such as https://shop.example.com or https://*.example.com.</source>
        <translation>&apos;*&apos; würde jeder Webseite erlauben, den Schlüssel zu verwenden; führen Sie die Origins auf, etwa https://shop.example.com oder https://*.example.com.</translation>
    </message>
    <message>
        <source>In &apos;%1&apos;, &apos;*&apos; is allowed only as the whole left-most label of the host, as in https://*.example.com.</source>
        <translation>In &apos;%1&apos; ist &apos;*&apos; nur als ganzes, am weitesten links stehendes Label des Hosts erlaubt, wie in https://*.example.com.</translation>
    </message>
    <message>
        <source>In &apos;%1&apos;, a wildcard cannot stand for part of an IP address.</source>
        <translation>In &apos;%1&apos; kann ein Platzhalter nicht für einen Teil einer IP-Adresse stehen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would match every site under a top-level domain; name a domain after &apos;*.&apos;, as in https://*.example.com.</source>
        <translation>&apos;%1&apos; würde auf jede Website unter einer Top-Level-Domain passen; nennen Sie nach &apos;*.&apos; eine Domain, wie in https://*.example.com.</translation>
    </message>
    <message>
        <source>The host in &apos;%1&apos; is too long to have subdomains.</source>
        <translation>Der Host in &apos;%1&apos; ist zu lang, um Subdomains zu haben.</translation>
    </message>
    <message>
        <source>An origin allowlist holds at most %1 entries; use wildcards such as https://*.example.com to cover many subdomains.</source>
        <translation>Eine Origin-Zulassungsliste fasst höchstens %1 Einträge; decken Sie viele Subdomains mit Platzhaltern wie https://*.example.com ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would match sites of unrelated owners: %2 is a public suffix (on the Public Suffix List). Name a domain registered under it, as in https://*.example.%2.</source>
        <translation>&apos;%1&apos; würde auf Websites verschiedener Inhaber passen: %2 ist ein öffentliches Suffix (auf der Public Suffix List). Nennen Sie eine darunter registrierte Domain, etwa https://*.example.%2.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Your new secret key</source>
        <translation>Ihr neuer geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Secret key “Screenshot key” is ready. Use it only on your servers.</source>
        <translation>Der geheime Schlüssel „Screenshot key“ ist bereit. Verwenden Sie ihn nur auf Ihren Servern.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>RateLimit</name>
    <message>
        <source>The rate limit must allow from 1 to 1000000000 requests per window.</source>
        <translation>Das Ratenlimit muss 1 bis 1000000000 Anfragen pro Zeitfenster erlauben.</translation>
    </message>
    <message>
        <source>The rate-limit window must be from 1 to 86400 seconds (one day).</source>
        <translation>Das Zeitfenster des Ratenlimits muss 1 bis 86400 Sekunden (ein Tag) lang sein.</translation>
    </message>
</context>
<context>
    <name>RestBackend</name>
    <message>
        <source>Cannot reach the server %1: %2</source>
        <translation>Der Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server %1 answered %2 without an explanation. Is it a latchkeyd?</source>
        <translation>Der Server %1 hat ohne Erklärung mit %2 geantwortet. Ist es ein latchkeyd?</translation>
    </message>
    <message>
        <source>The server did not return a session token.</source>
        <translation>Der Server hat kein Sitzungstoken zurückgegeben.</translation>
    </message>
    <message>
        <source>No saved session for %1 on %2.</source>
        <translation>Keine gespeicherte Sitzung für %1 auf %2.</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in again.</source>
        <translation>Ihre Sitzung auf %1 ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 (Request-Id: %2)</source>
        <translation>%1 (Request-Id: %2)</translation>
    </message>
</context>
<context>
    <name>ScopeCatalog</name>
    <message>
        <source>Invalid scope catalog: %1</source>
        <translation>Ungültiger Berechtigungskatalog: %1</translation>
    </message>
    <message>
        <source>Invalid scope catalog at %1: %2</source>
        <translation>Ungültiger Berechtigungskatalog bei %1: %2</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (expected %2)</source>
        <translation>unbekanntes Feld &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation>das Feld fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>a privileged scope cannot be public-safe: public keys are readable by anyone who opens the page</source>
        <translation>eine privilegierte Berechtigung kann nicht öffentlich unbedenklich sein: Öffentliche Schlüssel kann jeder lesen, der die Seite öffnet</translation>
    </message>
    <message>
        <source>the developer role cannot grant privileged scopes such as %1</source>
        <translation>die Rolle Entwickler kann keine privilegierten Berechtigungen wie %1 erteilen</translation>
    </message>
    <message>
        <source>the developer role cannot grant privileged scopes</source>
        <translation>die Rolle Entwickler kann keine privilegierten Berechtigungen erteilen</translation>
    </message>
    <message>
        <source>the developer role may grant only non-privileged service scopes, keys.read and keys.write, not %1</source>
        <translation>die Rolle Entwickler darf nur nicht privilegierte Dienst-Berechtigungen, keys.read und keys.write erteilen, nicht %1</translation>
    </message>
    <message>
        <source>the developer role may grant only non-privileged service scopes, keys.read and keys.write</source>
        <translation>die Rolle Entwickler darf nur nicht privilegierte Dienst-Berechtigungen, keys.read und keys.write erteilen</translation>
    </message>
    <message>
        <source>the admin role may grant only service, keys, webhooks and audit scopes, not %1</source>
        <translation>die Rolle Admin darf nur Berechtigungen für service, keys, webhooks und audit erteilen, nicht %1</translation>
    </message>
    <message>
        <source>the admin role may grant only service, keys, webhooks and audit scopes</source>
        <translation>die Rolle Admin darf nur Berechtigungen für service, keys, webhooks und audit erteilen</translation>
    </message>
    <message>
        <source>the owner role cannot grant %1</source>
        <translation>die Rolle Eigentümer kann %1 nicht erteilen</translation>
    </message>
    <message>
        <source>viewers cannot grant scopes; ask an owner, admin or developer</source>
        <translation>Betrachter können keine Berechtigungen erteilen; fragen Sie einen Eigentümer, Admin oder Entwickler</translation>
    </message>
    <message>
        <source>Cannot read the scope catalog %1: %2</source>
        <translation>Der Berechtigungskatalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The scope catalog %1 is invalid. %2</source>
        <translation>Der Berechtigungskatalog %1 ist ungültig. %2</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2 (offset %3): %4</source>
        <translation>JSON-Syntaxfehler in Zeile %1, Spalte %2 (Offset %3): %4</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the field is missing (use 1)</source>
        <translation>das Feld fehlt (verwenden Sie 1)</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>version %1 is not supported; this Latchkey reads version 1</source>
        <translation>Version %1 wird nicht unterstützt; dieses Latchkey liest Version 1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid service id: use lowercase letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;%1&apos; ist keine gültige Dienst-ID: Verwenden Sie Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>the service &apos;%1&apos; is defined twice</source>
        <translation>der Dienst &apos;%1&apos; ist doppelt definiert</translation>
    </message>
    <message>
        <source>the service &apos;%1&apos; needs at least one action</source>
        <translation>der Dienst &apos;%1&apos; braucht mindestens eine Aktion</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid action: use one word of lowercase letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;%1&apos; ist keine gültige Aktion: Verwenden Sie ein Wort aus Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>the scope &apos;%1&apos; is defined twice</source>
        <translation>die Berechtigung &apos;%1&apos; ist doppelt definiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid scope: use dotted lowercase segments such as keys.read, without &apos;*&apos;</source>
        <translation>&apos;%1&apos; ist keine gültige Berechtigung: Verwenden Sie durch Punkte getrennte Segmente in Kleinbuchstaben wie keys.read, ohne &apos;*&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved for service scopes: declare it as an action of its service</source>
        <translation>&apos;%1&apos; ist Dienst-Berechtigungen vorbehalten: Deklarieren Sie es als Aktion seines Dienstes</translation>
    </message>
    <message>
        <source>management scopes cannot be public-safe: public keys carry only scopes of their service</source>
        <translation>Verwaltungsberechtigungen können nicht öffentlich unbedenklich sein: Öffentliche Schlüssel tragen nur Berechtigungen ihres Dienstes</translation>
    </message>
    <message>
        <source>the management scope &apos;%1&apos; is missing; Latchkey&apos;s own API needs it</source>
        <translation>die Verwaltungsberechtigung &apos;%1&apos; fehlt; Latchkeys eigene API braucht sie</translation>
    </message>
    <message>
        <source>A requested scope is not valid: scopes are dotted lowercase segments of letters, digits, &apos;_&apos; and &apos;-&apos;, such as service.forms.submit or service.forms.*.</source>
        <translation>Eine angeforderte Berechtigung ist ungültig: Berechtigungen bestehen aus durch Punkte getrennten Segmenten aus Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;, etwa service.forms.submit oder service.forms.*.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid scope: scopes are dotted lowercase segments of letters, digits, &apos;_&apos; and &apos;-&apos;, such as service.forms.submit or service.forms.*.</source>
        <translation>&apos;%1&apos; ist keine gültige Berechtigung: Berechtigungen bestehen aus durch Punkte getrennten Segmenten aus Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;, etwa service.forms.submit oder service.forms.*.</translation>
    </message>
    <message>
        <source>&apos;*&apos; is reserved for platform super-admins</source>
        <translation>&apos;*&apos; ist Super-Admins der Plattform vorbehalten</translation>
    </message>
    <message>
        <source>A requested scope is not in the scope catalog; GET /v1/scopes lists the scopes that exist.</source>
        <translation>Eine angeforderte Berechtigung steht nicht im Berechtigungskatalog; GET /v1/scopes listet die vorhandenen Berechtigungen auf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the scope catalog; GET /v1/scopes lists the scopes that exist.</source>
        <translation>&apos;%1&apos; steht nicht im Berechtigungskatalog; GET /v1/scopes listet die vorhandenen Berechtigungen auf.</translation>
    </message>
    <message>
        <source>a public key needs a service; it is issued for one service and carries only that service&apos;s scopes</source>
        <translation>ein öffentlicher Schlüssel braucht einen Dienst; er wird für einen Dienst ausgestellt und trägt nur dessen Berechtigungen</translation>
    </message>
    <message>
        <source>a public key needs a service, and &apos;%1&apos; is not a service in the catalog</source>
        <translation>ein öffentlicher Schlüssel braucht einen Dienst, und &apos;%1&apos; ist kein Dienst im Katalog</translation>
    </message>
    <message>
        <source>this public key is for the %1 service and may carry only its scopes, not %2</source>
        <translation>dieser öffentliche Schlüssel ist für den Dienst %1 und darf nur dessen Berechtigungen tragen, nicht %2</translation>
    </message>
    <message>
        <source>this public key is for the %1 service and may carry only its scopes</source>
        <translation>dieser öffentliche Schlüssel ist für den Dienst %1 und darf nur dessen Berechtigungen tragen</translation>
    </message>
    <message>
        <source>public keys may carry only public-safe scopes, and %1 is not: anyone can read a public key in the page</source>
        <translation>öffentliche Schlüssel dürfen nur öffentlich unbedenkliche Berechtigungen tragen, und %1 ist keine: Jeder kann einen öffentlichen Schlüssel in der Seite lesen</translation>
    </message>
    <message>
        <source>public keys may carry only public-safe scopes, because anyone can read a public key in the page</source>
        <translation>öffentliche Schlüssel dürfen nur öffentlich unbedenkliche Berechtigungen tragen, weil jeder einen öffentlichen Schlüssel in der Seite lesen kann</translation>
    </message>
    <message>
        <source>your key cannot grant scopes without keys.write</source>
        <translation>Ihr Schlüssel kann ohne keys.write keine Berechtigungen erteilen</translation>
    </message>
    <message>
        <source>your key does not hold it</source>
        <translation>Ihr Schlüssel besitzt sie nicht</translation>
    </message>
    <message>
        <source>your key does not hold %1</source>
        <translation>Ihr Schlüssel besitzt %1 nicht</translation>
    </message>
    <message>
        <source>your key holds the scopes %1 covers today but not the pattern itself, which would also cover actions added later; grant them one by one</source>
        <translation>Ihr Schlüssel besitzt die Berechtigungen, die %1 heute abdeckt, aber nicht das Muster selbst, das auch später hinzugefügte Aktionen abdecken würde; erteilen Sie sie einzeln</translation>
    </message>
    <message>
        <source>the %1 role may grant the scopes %2 covers today one by one, but not the pattern itself, which would also cover scopes added later</source>
        <translation>die Rolle %1 darf die Berechtigungen, die %2 heute umfasst, einzeln vergeben, aber nicht das Muster selbst, das auch später hinzukommende Berechtigungen umfassen würde</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>Hosted forms: definitions, submissions and exports.</source>
        <translation>Gehostete Formulare: Definitionen, Einsendungen und Exporte.</translation>
    </message>
    <message>
        <source>Read published forms so a page can render them.</source>
        <translation>Veröffentlichte Formulare lesen, damit eine Seite sie anzeigen kann.</translation>
    </message>
    <message>
        <source>Submit entries to a published form.</source>
        <translation>Einträge an ein veröffentlichtes Formular senden.</translation>
    </message>
    <message>
        <source>Read and export submissions (CSV or JSON), which may hold personal data.</source>
        <translation>Einsendungen lesen und exportieren (CSV oder JSON); sie können personenbezogene Daten enthalten.</translation>
    </message>
    <message>
        <source>Create, edit and publish forms.</source>
        <translation>Formulare erstellen, bearbeiten und veröffentlichen.</translation>
    </message>
    <message>
        <source>Delete forms and submissions, and change retention and form ownership.</source>
        <translation>Formulare und Einsendungen löschen sowie Aufbewahrungsfristen und Formulareigentümer ändern.</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Appointments and reservations.</source>
        <translation>Termine und Reservierungen.</translation>
    </message>
    <message>
        <source>Read availability and published booking pages.</source>
        <translation>Verfügbarkeiten und veröffentlichte Buchungsseiten lesen.</translation>
    </message>
    <message>
        <source>Book a free slot for a customer.</source>
        <translation>Ein freies Zeitfenster für einen Kunden buchen.</translation>
    </message>
    <message>
        <source>Cancel or reschedule existing bookings.</source>
        <translation>Bestehende Buchungen stornieren oder verschieben.</translation>
    </message>
    <message>
        <source>Edit calendars, slots and booking rules.</source>
        <translation>Kalender, Zeitfenster und Buchungsregeln bearbeiten.</translation>
    </message>
    <message>
        <source>Delete calendars, export customer lists and change staff access.</source>
        <translation>Kalender löschen, Kundenlisten exportieren und den Zugriff der Mitarbeitenden ändern.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Checkout and payments.</source>
        <translation>Bezahlvorgang und Zahlungen.</translation>
    </message>
    <message>
        <source>Read payments, customers and their status.</source>
        <translation>Zahlungen, Kunden und deren Status lesen.</translation>
    </message>
    <message>
        <source>Start a checkout (a payment intent) from a web page; capturing it needs a secret key.</source>
        <translation>Einen Bezahlvorgang (eine Zahlungsabsicht) von einer Webseite aus starten; erfassen lässt er sich nur mit einem geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>Capture authorised payments.</source>
        <translation>Autorisierte Zahlungen erfassen.</translation>
    </message>
    <message>
        <source>Refund payments in part or in full.</source>
        <translation>Zahlungen ganz oder teilweise erstatten.</translation>
    </message>
    <message>
        <source>Change payout accounts, fees and payment settings.</source>
        <translation>Auszahlungskonten, Gebühren und Zahlungseinstellungen ändern.</translation>
    </message>
    <message>
        <source>List and read API keys and their settings (never their secrets).</source>
        <translation>API-Schlüssel und ihre Einstellungen auflisten und lesen (nie ihre Geheimnisse).</translation>
    </message>
    <message>
        <source>Create, edit, roll and revoke API keys, granting only scopes the caller holds.</source>
        <translation>API-Schlüssel erstellen, bearbeiten, rotieren und widerrufen und dabei nur Berechtigungen erteilen, die der Aufrufer selbst hat.</translation>
    </message>
    <message>
        <source>List webhook endpoints and their delivery settings.</source>
        <translation>Webhook-Endpunkte und ihre Zustellungseinstellungen auflisten.</translation>
    </message>
    <message>
        <source>Create and delete webhook endpoints and rotate their signing secrets.</source>
        <translation>Webhook-Endpunkte erstellen und löschen und ihre Signaturgeheimnisse rotieren.</translation>
    </message>
    <message>
        <source>Read the workspace&apos;s audit log.</source>
        <translation>Das Audit-Protokoll des Arbeitsbereichs lesen.</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>The email or password is not correct.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this email. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen für diese E-Mail-Adresse. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen für diese E-Mail-Adresse. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The session token is not valid. Sign in again.</source>
        <translation>Das Sitzungstoken ist ungültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Das aktuelle Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>No user with the email %1.</source>
        <translation>Kein Benutzer mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Wählen Sie ein Passwort mit mindestens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>The store URL &apos;%1&apos; names no file.</source>
        <translation>Die Speicher-URL &apos;%1&apos; nennt keine Datei.</translation>
    </message>
    <message>
        <source>The store path %1 is a folder, not a file.</source>
        <translation>Der Speicherpfad %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store.</source>
        <translation>Der Ordner %1 für den Speicher kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The store URL must look like postgresql://user@host/database.</source>
        <translation>Die Speicher-URL muss wie postgresql://user@host/database aussehen.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation>Der PostgreSQL-Treiber für Qt (QPSQL) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Unknown store URL &apos;%1&apos;: use sqlite:/path/to/file.db or postgresql://user@host/database.</source>
        <translation>Unbekannte Speicher-URL &apos;%1&apos;: Verwenden Sie sqlite:/path/to/file.db oder postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The store (%1) failed to %2: %3</source>
        <translation>Der Speicher (%1) ist bei „%2“ gescheitert: %3</translation>
    </message>
    <message>
        <source>the database already holds other tables (%1) and is not a Latchkey store</source>
        <translation>die Datenbank enthält bereits andere Tabellen (%1) und ist kein Latchkey-Speicher</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this Latchkey understands (%2); upgrade Latchkey</source>
        <translation>seine Schemaversion %1 ist neuer, als dieses Latchkey versteht (%2); aktualisieren Sie Latchkey</translation>
    </message>
    <message>
        <source>a statement inside it failed</source>
        <translation>eine Anweisung darin ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no such key</source>
        <translation>kein solcher Schlüssel</translation>
    </message>
    <message>
        <source>starting_after names no object in this list: %1</source>
        <translation>starting_after nennt kein Objekt dieser Liste: %1</translation>
    </message>
    <message>
        <source>The store (%1) is unreachable; latchkeyd reconnects by itself. It failed to %2: %3</source>
        <translation>Der Speicher (%1) ist nicht erreichbar; latchkeyd verbindet sich selbst neu. Gescheitert bei „%2“: %3</translation>
    </message>
    <message>
        <source>The change is saved, but not every latchkeyd instance has confirmed it within %1 ms; until they do, one of them may still answer from its cache. Repeat the request to wait again.</source>
        <translation>Die Änderung ist gespeichert, aber nicht jede latchkeyd-Instanz hat sie innerhalb von %1 ms bestätigt; bis dahin kann eine von ihnen noch aus ihrem Cache antworten. Wiederholen Sie die Anfrage, um erneut zu warten.</translation>
    </message>
    <message>
        <source>the change head is missing</source>
        <translation>der Kopf der Änderungsliste fehlt</translation>
    </message>
    <message>
        <source>the connection is lost</source>
        <translation>die Verbindung ist unterbrochen</translation>
    </message>
    <message>
        <source>The store (%1) cannot be upgraded: its audit log&apos;s hash chain is broken at record %2 (%3): %4. Nothing was changed; the store stays at schema version %5. Restore a backup from before the damage.</source>
        <translation>Der Speicher (%1) kann nicht aktualisiert werden: Die Hash-Kette seines Audit-Protokolls ist bei Eintrag %2 (%3) unterbrochen: %4. Nichts wurde geändert; der Speicher bleibt bei Schemaversion %5. Stellen Sie eine Sicherung von vor der Beschädigung wieder her.</translation>
    </message>
    <message>
        <source>Cannot create the store file %1: %2</source>
        <translation>Die Speicherdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The store file %1 can be read by other users, and its permissions cannot be changed: %2</source>
        <translation>Die Speicherdatei %1 ist für andere Benutzer lesbar, und ihre Berechtigungen lassen sich nicht ändern: %2</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>A stored key has damaged restrictions; it is refused.</source>
        <translation>Ein gespeicherter Schlüssel hat beschädigte Einschränkungen; er wird abgelehnt.</translation>
    </message>
    <message>
        <source>No such API key.</source>
        <translation>Diesen API-Schlüssel gibt es nicht.</translation>
    </message>
    <message>
        <source>This API key has been revoked.</source>
        <translation>Dieser API-Schlüssel wurde widerrufen.</translation>
    </message>
    <message>
        <source>This API key has expired.</source>
        <translation>Dieser API-Schlüssel ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>WebhookService</name>
    <message>
        <source>No webhook endpoint with id &apos;%1&apos; in this workspace and environment.</source>
        <translation>Kein Webhook-Endpunkt mit der ID &apos;%1&apos; in diesem Arbeitsbereich und dieser Umgebung.</translation>
    </message>
    <message>
        <source>This key can only manage the %1 environment.</source>
        <translation>Dieser Schlüssel kann nur die Umgebung %1 verwalten.</translation>
    </message>
    <message>
        <source>The description is longer than 500 characters.</source>
        <translation>Die Beschreibung ist länger als 500 Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event type such as api_key.created or api_key.*.</source>
        <translation>&apos;%1&apos; ist kein Ereignistyp wie api_key.created oder api_key.*.</translation>
    </message>
    <message>
        <source>limit must be between 1 and 100.</source>
        <translation>limit muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>A webhook endpoint needs a URL.</source>
        <translation>Ein Webhook-Endpunkt braucht eine URL.</translation>
    </message>
    <message>
        <source>The URL is longer than 2048 characters.</source>
        <translation>Die URL ist länger als 2048 Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>&apos;%1&apos; ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The URL must not carry a user name or password.</source>
        <translation>Die URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The URL must not have a #fragment.</source>
        <translation>Die URL darf kein #Fragment haben.</translation>
    </message>
    <message>
        <source>Webhook URLs must use https:// (the test environment also accepts http://localhost and http://127.0.0.1).</source>
        <translation>Webhook-URLs müssen https:// verwenden (die Testumgebung akzeptiert auch http://localhost und http://127.0.0.1).</translation>
    </message>
    <message>
        <source>Webhook URLs must use https://.</source>
        <translation>Webhook-URLs müssen https:// verwenden.</translation>
    </message>
    <message>
        <source>The host %1 is not a valid host name or address.</source>
        <translation>Der Host %1 ist weder ein gültiger Hostname noch eine gültige Adresse.</translation>
    </message>
    <message>
        <source>The host %1 is a loopback, private or otherwise internal address: webhook endpoints must be reachable on the public internet.</source>
        <translation>Der Host %1 ist eine Loopback-, private oder andere interne Adresse: Webhook-Endpunkte müssen im öffentlichen Internet erreichbar sein.</translation>
    </message>
    <message>
        <source>The host %1 names this machine: webhook endpoints must be reachable on the public internet.</source>
        <translation>Der Host %1 bezeichnet diesen Rechner: Webhook-Endpunkte müssen im öffentlichen Internet erreichbar sein.</translation>
    </message>
    <message>
        <source>The host %1 is a name on a local network: webhook endpoints must be reachable on the public internet.</source>
        <translation>Der Host %1 ist ein Name in einem lokalen Netz: Webhook-Endpunkte müssen im öffentlichen Internet erreichbar sein.</translation>
    </message>
</context>
<context>
    <name>WorkspaceService</name>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A workspace name needs 1 to 100 characters.</source>
        <translation>Ein Arbeitsbereichsname braucht 1 bis 100 Zeichen.</translation>
    </message>
    <message>
        <source>No workspace &apos;%1&apos; among yours.</source>
        <translation>Unter Ihren Arbeitsbereichen gibt es keinen &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No such workspace.</source>
        <translation>Diesen Arbeitsbereich gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>latchkey::client::Backend</name>
    <message>
        <source>Only the offline sandbox can be served on 127.0.0.1.</source>
        <translation>Nur die Offline-Sandbox kann auf 127.0.0.1 bereitgestellt werden.</translation>
    </message>
    <message>
        <source>An invitation to a server is accepted by the invited person, from Connect to server… on their computer.</source>
        <translation>Eine Einladung auf einen Server nimmt die eingeladene Person an, über „Mit Server verbinden…“ auf ihrem Computer.</translation>
    </message>
    <message>
        <source>Only the offline sandbox can act as another member; on a server, sign in as them.</source>
        <translation>Nur die Offline-Sandbox kann als anderes Mitglied handeln; auf einem Server melden Sie sich als dieses Mitglied an.</translation>
    </message>
</context>
<context>
    <name>latchkey::client::LocalBackend</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Offline-Sandbox</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden.</translation>
    </message>
    <message>
        <source>The offline sandbox has no password: it is yours on this computer.</source>
        <translation>Die Offline-Sandbox hat kein Passwort: Sie gehört Ihnen auf diesem Computer.</translation>
    </message>
    <message>
        <source>Nobody in the sandbox has the email %1.</source>
        <translation>Niemand in der Sandbox hat die E-Mail-Adresse %1.</translation>
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
        <translation>Der Server hat eine Antwort gesendet, die kein JSON ist.</translation>
    </message>
    <message>
        <source>The server&apos;s scope &apos;%1&apos; does not belong to its service.</source>
        <translation>Die Berechtigung &apos;%1&apos; des Servers gehört nicht zu ihrem Dienst.</translation>
    </message>
</context>
<context>
    <name>latchkey::client::TokenStore</name>
    <message>
        <source>The keychain is switched off.</source>
        <translation>Der Schlüsselbund ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>latchkey::models::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 on %2
%3</source>
        <translation>%1 an %2
%3</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>latchkey::models::EndpointModel</name>
    <message>
        <source>whsec_…%1 (until %2)</source>
        <translation>whsec_…%1 (bis %2)</translation>
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
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Signing secrets</source>
        <translation>Signaturgeheimnisse</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>latchkey::models::KeyTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>gleich</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Rotation recommended</source>
        <translation>Rotation empfohlen</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Erstellt am %1 von %2</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Läuft nicht ab</translation>
    </message>
    <message>
        <source>This key is older than 90 days: roll it.</source>
        <translation>Dieser Schlüssel ist älter als 90 Tage: Rotieren Sie ihn.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>%L1 per second</source>
        <translation>%L1 pro Sekunde</translation>
    </message>
    <message>
        <source>%L1 per minute</source>
        <translation>%L1 pro Minute</translation>
    </message>
    <message>
        <source>%L1 per hour</source>
        <translation>%L1 pro Stunde</translation>
    </message>
    <message>
        <source>%L1 per day</source>
        <translation>%L1 pro Tag</translation>
    </message>
    <message>
        <source>%L1 per %L2 s</source>
        <translation>%L1 pro %L2 s</translation>
    </message>
    <message numerus="yes">
        <source>At most %n call(s) in any %1 seconds; the calls after that get 429 Too Many Requests.</source>
        <translation>
            <numerusform>Höchstens %n Aufruf in beliebigen %1 Sekunden; weitere Aufrufe erhalten 429 Too Many Requests.</numerusform>
            <numerusform>Höchstens %n Aufrufe in beliebigen %1 Sekunden; weitere Aufrufe erhalten 429 Too Many Requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never throttled: calls with this key get no 429 and no X-RateLimit headers.</source>
        <translation>Nie gedrosselt: Aufrufe mit diesem Schlüssel erhalten weder 429 noch X-RateLimit-Header.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Ersetzt durch %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>Ersetzt %1</translation>
    </message>
    <message>
        <source>Revoked %1: it no longer works.</source>
        <translation>Widerrufen %1: Er funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>This key stops working %1.</source>
        <translation>Dieser Schlüssel hört %1 auf zu funktionieren.</translation>
    </message>
    <message>
        <source>This key was rolled: %1 replaces it.</source>
        <translation>Dieser Schlüssel wurde rotiert: %1 ersetzt ihn.</translation>
    </message>
    <message>
        <source>This key was made by rolling %1.</source>
        <translation>Dieser Schlüssel entstand durch Rotieren von %1.</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Jeder Ursprung</translation>
    </message>
    <message>
        <source>This key works from any web page.</source>
        <translation>Dieser Schlüssel funktioniert auf jeder Webseite.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Ursprünge</translation>
    </message>
</context>
<context>
    <name>latchkey::models::MemberModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>before teams</source>
        <comment>joined date unknown</comment>
        <translation>vor Teams</translation>
    </message>
    <message>
        <source>%1 (invited)</source>
        <translation>%1 (eingeladen)</translation>
    </message>
    <message>
        <source>invited %1 by %2</source>
        <translation>eingeladen am %1 von %2</translation>
    </message>
    <message>
        <source>invitation expires %1</source>
        <translation>Einladung läuft ab: %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>latchkey::models::OriginAllowlistModel</name>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
</context>
<context>
    <name>latchkey::models::ScopeTreeModel</name>
    <message>
        <source>Scope</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The key has this scope, which your role could not grant (%1). You may remove it.</source>
        <translation>Der Schlüssel hat diese Berechtigung, die Ihre Rolle nicht erteilen könnte (%1). Sie dürfen sie entfernen.</translation>
    </message>
    <message>
        <source>Cannot be granted: %1</source>
        <translation>Kann nicht erteilt werden: %1</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Every scope, present and future</source>
        <translation>Jede Berechtigung, jetzt und künftig</translation>
    </message>
</context>
<context>
    <name>latchkey::models::WorkspaceModel</name>
    <message>
        <source>%1 — your role: %2</source>
        <translation>%1 — Ihre Rolle: %2</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>workspace role</comment>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>admin</source>
        <comment>workspace role</comment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>developer</source>
        <comment>workspace role</comment>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>viewer</source>
        <comment>workspace role</comment>
        <translation>Betrachter</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::AcceptInvitationDialog</name>
    <message>
        <source>Accept an invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <source>Invitation token</source>
        <translation>Einladungs-Token</translation>
    </message>
    <message>
        <source>Email the invitation is for</source>
        <translation>E-Mail-Adresse, für die die Einladung gilt</translation>
    </message>
    <message>
        <source>Password for the new member</source>
        <translation>Passwort für das neue Mitglied</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>In the sandbox you play the whole team: accept here as the person you invited, then use &lt;i&gt;View as&lt;/i&gt; to see what their role sees.</source>
        <translation>In der Sandbox spielen Sie das ganze Team: Nehmen Sie hier als die eingeladene Person an und sehen Sie dann mit &lt;i&gt;Ansehen als&lt;/i&gt;, was deren Rolle sieht.</translation>
    </message>
    <message>
        <source>An invitation token starts with lki_.</source>
        <translation>Ein Einladungs-Token beginnt mit lki_.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::ActivityPage</name>
    <message>
        <source>Any day</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Who acted: an email address, a key, or &apos;system&apos;</source>
        <translation>Wer gehandelt hat: eine E-Mail-Adresse, ein Schlüssel oder &apos;system&apos;</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Which key</source>
        <translation>Welcher Schlüssel</translation>
    </message>
    <message>
        <source>Any key</source>
        <translation>Jeder Schlüssel</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the activity filters</source>
        <translation>Die Aktivitätsfilter zurücksetzen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the matching activity to CSV or JSON</source>
        <translation>Die passende Aktivität als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Every event matching the filters, not only the rows shown</source>
        <translation>Jedes Ereignis, das zu den Filtern passt, nicht nur die angezeigten Zeilen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Load more activity</source>
        <translation>Mehr Aktivität laden</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>W&amp;as:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; more are older</source>
        <translation>
            <numerusform>%n Ereignis angezeigt; weitere sind älter</numerusform>
            <numerusform>%n Ereignisse angezeigt; weitere sind älter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
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
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>Could not export the activity: %1</source>
        <translation>Die Aktivität konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::AttentionBar</name>
    <message>
        <source>“%1” expires %2.</source>
        <translation>„%1“ läuft %2 ab.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was created %n day(s) ago; roll it regularly.</source>
        <translation>
            <numerusform>„%1“ wurde vor %n Tag erstellt; erneuern Sie ihn regelmäßig.</numerusform>
            <numerusform>„%1“ wurde vor %n Tagen erstellt; erneuern Sie ihn regelmäßig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Roll “%1”</source>
        <translation>„%1“ erneuern</translation>
    </message>
    <message>
        <source>Some keys need attention: they expire soon or are older than 90 days.</source>
        <translation>Einige Schlüssel brauchen Aufmerksamkeit: Sie laufen bald ab oder sind älter als 90 Tage.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) expire within 7 days.</source>
        <translation>
            <numerusform>%n Schlüssel läuft innerhalb von 7 Tagen ab.</numerusform>
            <numerusform>%n Schlüssel laufen innerhalb von 7 Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are more.</source>
        <translation>Es gibt weitere.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret key(s) are older than 90 days.</source>
        <translation>
            <numerusform>%n geheimer Schlüssel ist älter als 90 Tage.</numerusform>
            <numerusform>%n geheime Schlüssel sind älter als 90 Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show expiring keys</source>
        <translation>Ablaufende Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Show expiring keys in the table</source>
        <translation>Ablaufende Schlüssel in der Tabelle zeigen</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password, again</source>
        <translation>Neues Passwort, wiederholt</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Your other sessions, on every computer, end at once; this one stays signed in.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen. Ihre anderen Sitzungen enden sofort, auf jedem Computer; diese bleibt angemeldet.</numerusform>
            <numerusform>Mindestens %n Zeichen. Ihre anderen Sitzungen enden sofort, auf jedem Computer; diese bleibt angemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new passwords differ.</source>
        <translation>Die neuen Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>https://keys.example.com</source>
        <translation>https://keys.example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your session is kept in the system keychain; the password is never stored.</source>
        <translation>Ihre Sitzung wird im Schlüsselbund des Systems aufbewahrt; das Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (http:// only for localhost).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (http:// nur für localhost).</translation>
    </message>
    <message>
        <source>I have an invitation</source>
        <translation>Ich habe eine Einladung</translation>
    </message>
    <message>
        <source>Invitation token</source>
        <translation>Einladungs-Token</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>&amp;Einladung:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>An invitation token starts with lki_.</source>
        <translation>Ein Einladungs-Token beginnt mit lki_.</translation>
    </message>
    <message>
        <source>New, 12+ characters; or your own</source>
        <translation>Neu, 12+ Zeichen; oder Ihr eigenes</translation>
    </message>
    <message>
        <source>Joining on %1…</source>
        <translation>Beitreten auf %1…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::CreateKeyDialog</name>
    <message>
        <source>Create public key</source>
        <translation>Öffentlichen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Create secret key</source>
        <translation>Geheimen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>e.g. Contact form on shop.example.com</source>
        <translation>z. B. Kontaktformular auf shop.example.com</translation>
    </message>
    <message>
        <source>e.g. Billing backend</source>
        <translation>z. B. Abrechnungs-Backend</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Sandbox (test)</source>
        <translation>Sandbox (Test)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Form slug</source>
        <translation>Formular-Slug</translation>
    </message>
    <message>
        <source>e.g. contact-us</source>
        <translation>z. B. kontakt</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Form slug:</source>
        <translation>&amp;Formular-Slug:</translation>
    </message>
    <message>
        <source>IP allowlist</source>
        <translation>IP-Zulassungsliste</translation>
    </message>
    <message>
        <source>One CIDR per line, e.g. 10.0.0.0/8 or 2001:db8::/32. Empty: any address.</source>
        <translation>Ein CIDR pro Zeile, z. B. 10.0.0.0/8 oder 2001:db8::/32. Leer: jede Adresse.</translation>
    </message>
    <message>
        <source>Endpoint allowlist</source>
        <translation>Endpunkt-Zulassungsliste</translation>
    </message>
    <message>
        <source>One per line, e.g. POST /v1/forms/*. Empty: any endpoint.</source>
        <translation>Einer pro Zeile, z. B. POST /v1/forms/*. Leer: jeder Endpunkt.</translation>
    </message>
    <message>
        <source>&amp;IP allowlist:</source>
        <translation>&amp;IP-Zulassungsliste:</translation>
    </message>
    <message>
        <source>En&amp;dpoints:</source>
        <translation>&amp;Endpunkte:</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Schlüssel läuft ab</translation>
    </message>
    <message>
        <source>Expiry time</source>
        <translation>Ablaufzeitpunkt</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Limit to</source>
        <translation>Begrenzen auf</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Requests per window</source>
        <translation>Anfragen pro Zeitfenster</translation>
    </message>
    <message>
        <source>requests per</source>
        <translation>Anfragen pro</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Ratenlimit:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Greyed-out scopes cannot be granted by your role; hover for why.</source>
        <translation>Ausgegraute Berechtigungen kann Ihre Rolle nicht erteilen; zeigen Sie mit der Maus darauf, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Origins</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Embed snippet</source>
        <translation>Einbettungs-Snippet</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the embed snippet</source>
        <translation>Einbettungs-Snippet kopieren</translation>
    </message>
    <message>
        <source>Embed on your page</source>
        <translation>In Ihre Seite einbetten</translation>
    </message>
    <message>
        <source>Edit key “%1”</source>
        <translation>Schlüssel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>A key&apos;s environment cannot change; create a new key instead.</source>
        <translation>Die Umgebung eines Schlüssels kann sich nicht ändern; erstellen Sie stattdessen einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>A key&apos;s service cannot change; create a new key instead.</source>
        <translation>Der Dienst eines Schlüssels kann sich nicht ändern; erstellen Sie stattdessen einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Create the key first</source>
        <translation>Erstellen Sie zuerst den Schlüssel</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Geben Sie dem Schlüssel einen Namen.</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Wählen Sie mindestens eine Berechtigung.</translation>
    </message>
    <message>
        <source>The origin being typed is not valid.</source>
        <translation>Der eingegebene Origin ist ungültig.</translation>
    </message>
    <message>
        <source>Public key created. Copy the snippet into your page.</source>
        <translation>Öffentlicher Schlüssel erstellt. Kopieren Sie das Snippet in Ihre Seite.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>No limit: calls with this key are never throttled.</source>
        <translation>Keine Begrenzung: Aufrufe mit diesem Schlüssel werden nie gedrosselt.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard key</source>
        <translation>Schlüssel verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Discard this key? Nothing has been created yet.</source>
        <translation>Diesen Schlüssel verwerfen? Es wurde noch nichts erstellt.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Window length</source>
        <translation>Fensterlänge</translation>
    </message>
    <message>
        <source>Window unit</source>
        <translation>Fenstereinheit</translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>Sekunde</numerusform>
            <numerusform>Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>Minute</numerusform>
            <numerusform>Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>Stunde</numerusform>
            <numerusform>Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional: what uses this key, who to ask about it</source>
        <translation>Optional: wer den Schlüssel verwendet, wen man dazu fragt</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>Duplicate key “%1”</source>
        <translation>Schlüssel „%1“ duplizieren</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need a change; each says what is wrong.</source>
        <translation>
            <numerusform>%n Feld muss geändert werden; es sagt, was falsch ist.</numerusform>
            <numerusform>%n Felder müssen geändert werden; jedes sagt, was falsch ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ui::DeleteEndpointCommand</name>
    <message>
        <source>Delete endpoint</source>
        <translation>Endpunkt löschen</translation>
    </message>
    <message>
        <source>Delete %1? Deliveries to it stop at once. This cannot be undone.</source>
        <translation>%1 löschen? Zustellungen dorthin enden sofort. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::DuplicateKeyCommand</name>
    <message>
        <source>Select the key to duplicate first.</source>
        <translation>Wählen Sie zuerst den zu duplizierenden Schlüssel.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::InviteDialog</name>
    <message>
        <source>Invite a member</source>
        <translation>Mitglied einladen</translation>
    </message>
    <message>
        <source>Create invitation</source>
        <translation>Einladung erstellen</translation>
    </message>
    <message>
        <source>Email of the person to invite</source>
        <translation>E-Mail-Adresse der einzuladenden Person</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>You will get an invitation token to send them. It is shown once and is good for 7 days.</source>
        <translation>Sie erhalten ein Einladungs-Token, das Sie ihr schicken. Es wird einmal angezeigt und gilt 7 Tage.</translation>
    </message>
    <message>
        <source>Your role cannot invite members.</source>
        <translation>Ihre Rolle kann keine Mitglieder einladen.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::KeyDetailsPanel</name>
    <message>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <source>Select a key to see its details and its use over the last 30 days.</source>
        <translation>Wählen Sie einen Schlüssel, um seine Details und seine Nutzung der letzten 30 Tage zu sehen.</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation>Erlaubte Origins:</translation>
    </message>
    <message>
        <source>IP addresses:</source>
        <translation>IP-Adressen:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpunkte:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Ratenbegrenzung:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Rotation:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Any address</source>
        <translation>Jede Adresse</translation>
    </message>
    <message>
        <source>Any endpoint</source>
        <translation>Jeder Endpunkt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Usage could not be read: %1</source>
        <translation>Die Nutzung konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::KeysPage</name>
    <message>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <source>Filter by name or key (Ctrl+F)</source>
        <translation>Nach Name oder Schlüssel filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Create public key</source>
        <translation>Öffentlichen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Create secret key</source>
        <translation>Geheimen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>Den ausgewählten Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected key</source>
        <translation>Den ausgewählten Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>Change the name, scopes, origins and restrictions (or double-click)</source>
        <translation>Name, Berechtigungen, Origins und Einschränkungen ändern (oder Doppelklick)</translation>
    </message>
    <message>
        <source>Roll…</source>
        <translation>Rotieren…</translation>
    </message>
    <message>
        <source>Roll the selected key</source>
        <translation>Den ausgewählten Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy the selected public key</source>
        <translation>Den ausgewählten öffentlichen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Strg+C</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>Öffentliche Schlüssel</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n Schlüssel geladen; scrollen Sie für weitere</numerusform>
            <numerusform>%n Schlüssel geladen; scrollen Sie für weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a workspace before creating a key.</source>
        <translation>Wählen Sie einen Arbeitsbereich, bevor Sie einen Schlüssel erstellen.</translation>
    </message>
    <message>
        <source>Your new secret key</source>
        <translation>Ihr neuer geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Secret key “%1” is ready. Use it only on your servers.</source>
        <translation>Der geheime Schlüssel „%1“ ist bereit. Verwenden Sie ihn nur auf Ihren Servern.</translation>
    </message>
    <message>
        <source>Select the key to edit first.</source>
        <translation>Wählen Sie zuerst den zu bearbeitenden Schlüssel aus.</translation>
    </message>
    <message>
        <source>“%1” is revoked and can no longer be changed.</source>
        <translation>„%1“ ist widerrufen und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Saved the changes to “%1”.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Select the key to revoke first.</source>
        <translation>Wählen Sie zuerst den zu widerrufenden Schlüssel aus.</translation>
    </message>
    <message>
        <source>“%1” has been revoked.</source>
        <translation>„%1“ wurde widerrufen.</translation>
    </message>
    <message>
        <source>Select the secret key to roll first.</source>
        <translation>Wählen Sie zuerst den zu rotierenden geheimen Schlüssel aus.</translation>
    </message>
    <message>
        <source>“%1” has been rolled.</source>
        <translation>„%1“ wurde rotiert.</translation>
    </message>
    <message>
        <source>Select the public key to copy first.</source>
        <translation>Wählen Sie zuerst den zu kopierenden öffentlichen Schlüssel aus.</translation>
    </message>
    <message>
        <source>Copied the public key of “%1”.</source>
        <translation>Öffentlicher Schlüssel von „%1“ kopiert.</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <source>Duplicate the selected key</source>
        <translation>Den ausgewählten Schlüssel duplizieren</translation>
    </message>
    <message>
        <source>A new key with the same settings, a new name and a new secret</source>
        <translation>Ein neuer Schlüssel mit denselben Einstellungen, neuem Namen und neuem Geheimnis</translation>
    </message>
    <message>
        <source>Show keys by status</source>
        <translation>Schlüssel nach Status zeigen</translation>
    </message>
    <message>
        <source>Current keys</source>
        <translation>Aktuelle Schlüssel</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
    <message>
        <source>Current keys: every key that is not revoked</source>
        <translation>Aktuelle Schlüssel: jeder Schlüssel, der nicht widerrufen ist</translation>
    </message>
    <message>
        <source>No keys match</source>
        <translation>Keine passenden Schlüssel</translation>
    </message>
    <message>
        <source>No key matches the filter and status chosen.</source>
        <translation>Kein Schlüssel passt zu Filter und gewähltem Status.</translation>
    </message>
    <message>
        <source>Show current keys</source>
        <translation>Aktuelle Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Clear the filter and show current keys</source>
        <translation>Filter leeren und aktuelle Schlüssel zeigen</translation>
    </message>
    <message>
        <source>No public keys yet</source>
        <translation>Noch keine öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>No secret keys yet</source>
        <translation>Noch keine geheimen Schlüssel</translation>
    </message>
    <message>
        <source>A public key goes in a web page. It works only from the origins you allow and only for the one service it is made for.</source>
        <translation>Ein öffentlicher Schlüssel gehört in eine Webseite. Er funktioniert nur von den erlaubten Ursprüngen aus und nur für den einen Dienst, für den er erstellt ist.</translation>
    </message>
    <message>
        <source>A secret key lets one of your servers call the API. Make one key per server or service, so each can be rolled or revoked alone. Its secret is shown once.</source>
        <translation>Mit einem geheimen Schlüssel ruft einer Ihrer Server die API auf. Erstellen Sie einen Schlüssel je Server oder Dienst, damit jeder einzeln erneuert oder widerrufen werden kann. Sein Geheimnis wird einmal gezeigt.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::MainWindow</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace: </source>
        <translation>Arbeitsbereich: </translation>
    </message>
    <message>
        <source>Environment: </source>
        <translation>Umgebung: </translation>
    </message>
    <message>
        <source>Live environment</source>
        <translation>Live-Umgebung</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Sandbox environment</source>
        <translation>Sandbox-Umgebung</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <source>Serve sandbox on 127.0.0.1</source>
        <translation>Sandbox auf 127.0.0.1 bereitstellen</translation>
    </message>
    <message>
        <source>Let local apps verify sk_test_ keys against this sandbox, without a network</source>
        <translation>Lokale Apps sk_test_-Schlüssel gegen diese Sandbox prüfen lassen, ohne Netzwerk</translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation>Mit Server verbinden…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>&lt;b&gt;SANDBOX&lt;/b&gt; — test data only. Keys here are sk_test_ / pk_test_ and nothing with real side effects (billing, email) ever runs.</source>
        <translation>&lt;b&gt;SANDBOX&lt;/b&gt; — nur Testdaten. Schlüssel sind hier sk_test_ / pk_test_, und nichts mit echten Auswirkungen (Abrechnung, E-Mail) wird je ausgeführt.</translation>
    </message>
    <message>
        <source>Sandbox mode: test data only</source>
        <translation>Sandbox-Modus: nur Testdaten</translation>
    </message>
    <message>
        <source>Developers</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>Öffentliche Schlüssel</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>You are not a member of any workspace.</source>
        <translation>Sie sind in keinem Arbeitsbereich Mitglied.</translation>
    </message>
    <message>
        <source>Latchkey</source>
        <translation>Latchkey</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Add webhook endpoint</source>
        <translation>Webhook-Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>Geheimnis rotieren…</translation>
    </message>
    <message>
        <source>Rotate the signing secret</source>
        <translation>Das Signaturgeheimnis rotieren</translation>
    </message>
    <message>
        <source>Delete endpoint…</source>
        <translation>Endpunkt löschen…</translation>
    </message>
    <message>
        <source>Delete the endpoint</source>
        <translation>Den Endpunkt löschen</translation>
    </message>
    <message>
        <source>Webhook endpoints</source>
        <translation>Webhook-Endpunkte</translation>
    </message>
    <message>
        <source>Deliveries carry Latchkey-Signature: t=…,v1=…; after a rotation the old secret signs too, for 7 days.</source>
        <translation>Zustellungen tragen Latchkey-Signature: t=…,v1=…; nach einer Rotation signiert 7 Tage lang auch das alte Geheimnis.</translation>
    </message>
    <message>
        <source>Scope catalog</source>
        <translation>Berechtigungskatalog</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain</source>
        <translation>Die Hash-Kette des Audit-Protokolls prüfen</translation>
    </message>
    <message>
        <source>Could not load the scope catalog: %1</source>
        <translation>Der Berechtigungskatalog konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Your role in %1 is &lt;b&gt;%2&lt;/b&gt;. Scopes your role cannot grant are greyed out; hover one to see why.</source>
        <translation>Ihre Rolle in %1 ist &lt;b&gt;%2&lt;/b&gt;. Berechtigungen, die Ihre Rolle nicht erteilen kann, sind ausgegraut; zeigen Sie mit der Maus darauf, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>%1 (lapsed)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Latchkey — Sandbox</source>
        <translation>Latchkey — Sandbox</translation>
    </message>
    <message>
        <source>Latchkey — Live</source>
        <translation>Latchkey — Live</translation>
    </message>
    <message>
        <source>Only the offline sandbox can be served on 127.0.0.1.</source>
        <translation>Nur die Offline-Sandbox kann auf 127.0.0.1 bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Could not serve the sandbox: %1</source>
        <translation>Die Sandbox konnte nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <source>Serving sandbox on %1</source>
        <translation>Sandbox wird auf %1 bereitgestellt</translation>
    </message>
    <message>
        <source>The sandbox is served on %1 — local apps can verify sk_test_ keys at %1/v1/verify.</source>
        <translation>Die Sandbox wird auf %1 bereitgestellt — lokale Apps können sk_test_-Schlüssel unter %1/v1/verify prüfen.</translation>
    </message>
    <message>
        <source>Server mode is not available in this build; the dashboard keeps working on the offline sandbox.</source>
        <translation>Der Servermodus ist in diesem Build nicht verfügbar; das Dashboard arbeitet weiter mit der Offline-Sandbox.</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Webhook-Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Endpoint %1 is added. Verify deliveries with this signing secret:</source>
        <translation>Endpunkt %1 ist hinzugefügt. Prüfen Sie Zustellungen mit diesem Signaturgeheimnis:</translation>
    </message>
    <message>
        <source>The new signing secret for %1:</source>
        <translation>Das neue Signaturgeheimnis für %1:</translation>
    </message>
    <message>
        <source>Could not check the audit chain: %1</source>
        <translation>Die Audit-Kette konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ Hash chain intact: %n record(s) checked.</source>
        <translation>
            <numerusform>✔ Hash-Kette intakt: %n Eintrag geprüft.</numerusform>
            <numerusform>✔ Hash-Kette intakt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ Hash chain broken at record %1 (%2): %3</source>
        <translation>✘ Hash-Kette bei Eintrag %1 unterbrochen (%2): %3</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: %1</source>
        <translation>Das Audit-Protokoll wurde manipuliert: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>End this session on the server and forget its token</source>
        <translation>Diese Sitzung auf dem Server beenden und ihr Token vergessen</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>New workspace… — make a workspace of your own; you will be its owner</source>
        <translation>Neuer Arbeitsbereich… – einen eigenen Arbeitsbereich anlegen; Sie werden sein Eigentümer</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <source>Change your password; your other sessions end</source>
        <translation>Ihr Passwort ändern; Ihre anderen Sitzungen enden</translation>
    </message>
    <message>
        <source>The offline sandbox has no password: it is yours on this computer.</source>
        <translation>Die Offline-Sandbox hat kein Passwort: Sie gehört Ihnen auf diesem Computer.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Rename… — rename this workspace</source>
        <translation>Umbenennen… – diesen Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>Viewing the sandbox as %1 (%2). To go back, pick %3 on Members and View as.</source>
        <translation>Sie sehen die Sandbox als %1 (%2). Zurück: %3 unter Mitglieder wählen und „Ansehen als“.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>%1 has lapsed: live keys get 402.</source>
        <translation>%1 ist ausgelaufen: Live-Schlüssel erhalten 402.</translation>
    </message>
    <message>
        <source>Workspace %1 is made; you are its owner.</source>
        <translation>Arbeitsbereich %1 ist angelegt; Sie sind sein Eigentümer.</translation>
    </message>
    <message>
        <source>The workspace is now called %1.</source>
        <translation>Der Arbeitsbereich heißt jetzt %1.</translation>
    </message>
    <message>
        <source>Your password is changed; your other sessions have ended.</source>
        <translation>Ihr Passwort ist geändert; Ihre anderen Sitzungen sind beendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy this secret now and keep it somewhere safe. It will not be shown again.&lt;/b&gt; If you lose it, rotate the endpoint&apos;s secret to get a new one.</source>
        <translation>&lt;b&gt;Kopieren Sie dieses Geheimnis jetzt und bewahren Sie es sicher auf. Es wird nicht noch einmal angezeigt.&lt;/b&gt; Geht es verloren, erneuern Sie das Geheimnis des Endpunkts, um ein neues zu erhalten.</translation>
    </message>
    <message>
        <source>The sandbox is no longer served.</source>
        <translation>Die Sandbox wird nicht mehr bereitgestellt.</translation>
    </message>
    <message>
        <source>Stop serving the sandbox</source>
        <translation>Bereitstellung der Sandbox beenden</translation>
    </message>
    <message>
        <source>Local apps can verify sk_test_ keys at %1/v1/verify; stop to close the port</source>
        <translation>Lokale Apps können sk_test_-Schlüssel unter %1/v1/verify prüfen; beenden schließt den Port</translation>
    </message>
    <message>
        <source>Port %1 is taken; the sandbox is served on %2 instead.</source>
        <translation>Port %1 ist belegt; die Sandbox wird stattdessen auf %2 bereitgestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The live keys it made before are still listed here, to revoke them; it never verifies them.</source>
        <translation>%1 Die Live-Schlüssel, die sie früher erstellt hat, werden hier weiter aufgeführt, damit Sie sie widerrufen können; sie prüft sie nie.</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>Send the selected endpoint a test event</source>
        <translation>Dem ausgewählten Endpunkt ein Testereignis senden</translation>
    </message>
    <message>
        <source>Sends a signed “ping” event now and shows the receiver&apos;s answer</source>
        <translation>Sendet jetzt ein signiertes „ping“-Ereignis und zeigt die Antwort des Empfängers</translation>
    </message>
    <message>
        <source>The new signing secret for %1. The previous secret keeps signing deliveries until %2, so receivers can switch over:</source>
        <translation>Das neue Signaturgeheimnis für %1. Das bisherige signiert Zustellungen noch bis %2, damit Empfänger umstellen können:</translation>
    </message>
    <message>
        <source>Sending a test event to %1…</source>
        <translation>Sende ein Testereignis an %1…</translation>
    </message>
    <message numerus="yes">
        <source>Test event delivered to %1 at %2: the receiver answered %3 in %n ms.</source>
        <translation>
            <numerusform>Testereignis um %2 an %1 zugestellt: Der Empfänger antwortete %3 in %n ms.</numerusform>
            <numerusform>Testereignis um %2 an %1 zugestellt: Der Empfänger antwortete %3 in %n ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test event to %1 at %2 not accepted: the receiver answered %3 in %n ms. It must answer 2xx.</source>
        <translation>
            <numerusform>Testereignis an %1 um %2 nicht angenommen: Der Empfänger antwortete %3 in %n ms. Er muss mit 2xx antworten.</numerusform>
            <numerusform>Testereignis an %1 um %2 nicht angenommen: Der Empfänger antwortete %3 in %n ms. Er muss mit 2xx antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint %1 is deleted; nothing is sent to it any more.</source>
        <translation>Endpunkt %1 ist gelöscht; es wird nichts mehr dorthin gesendet.</translation>
    </message>
    <message>
        <source>Latchkey — %1 — Sandbox</source>
        <translation>Latchkey — %1 — Sandbox</translation>
    </message>
    <message>
        <source>Latchkey — %1 — Live</source>
        <translation>Latchkey — %1 — Live</translation>
    </message>
    <message>
        <source>Test event to %1 at %2 not delivered: nothing answered there. Check that the receiver is running and reachable.</source>
        <translation>Testereignis an %1 um %2 nicht zugestellt: Dort hat nichts geantwortet. Prüfen Sie, ob der Empfänger läuft und erreichbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>Test event to %1 at %2 not delivered: no answer within %n ms. Check that the receiver is running and reachable.</source>
        <translation>
            <numerusform>Testereignis an %1 um %2 nicht zugestellt: keine Antwort innerhalb von %n ms. Prüfen Sie, ob der Empfänger läuft und erreichbar ist.</numerusform>
            <numerusform>Testereignis an %1 um %2 nicht zugestellt: keine Antwort innerhalb von %n ms. Prüfen Sie, ob der Empfänger läuft und erreichbar ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ui::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Members and pending invitations</source>
        <translation>Mitglieder und offene Einladungen</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <source>Invite a member</source>
        <translation>Mitglied einladen</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Give the selected member this role</source>
        <translation>Dem gewählten Mitglied diese Rolle geben</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Das gewählte Mitglied entfernen</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw the selected invitation</source>
        <translation>Die gewählte Einladung zurückziehen</translation>
    </message>
    <message>
        <source>Accept invitation…</source>
        <translation>Einladung annehmen…</translation>
    </message>
    <message>
        <source>Accept an invitation in the sandbox</source>
        <translation>Eine Einladung in der Sandbox annehmen</translation>
    </message>
    <message>
        <source>View as this member</source>
        <translation>Als dieses Mitglied ansehen</translation>
    </message>
    <message>
        <source>Show the dashboard as the selected member sees it</source>
        <translation>Das Dashboard so zeigen, wie das gewählte Mitglied es sieht</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>You can invite members and give them any role up to yours (%1).</source>
        <translation>Sie können Mitglieder einladen und ihnen jede Rolle bis zu Ihrer eigenen (%1) geben.</translation>
    </message>
    <message>
        <source>You can see who is in %1. %2</source>
        <translation>Sie sehen, wer in %1 ist. %2</translation>
    </message>
    <message>
        <source>Invite someone by email; they get a token to accept</source>
        <translation>Jemanden per E-Mail einladen; die Person erhält ein Token zum Annehmen</translation>
    </message>
    <message>
        <source>Leave workspace…</source>
        <translation>Arbeitsbereich verlassen…</translation>
    </message>
    <message>
        <source>Leave this workspace</source>
        <translation>Diesen Arbeitsbereich verlassen</translation>
    </message>
    <message>
        <source>Remove the member; their access ends at once</source>
        <translation>Das Mitglied entfernen; sein Zugang endet sofort</translation>
    </message>
    <message>
        <source>The roles you may give</source>
        <translation>Die Rollen, die Sie vergeben dürfen</translation>
    </message>
    <message>
        <source>The token stops working at once</source>
        <translation>Das Token funktioniert sofort nicht mehr</translation>
    </message>
    <message>
        <source>See the dashboard as %1 sees it</source>
        <translation>Das Dashboard so sehen, wie %1 es sieht</translation>
    </message>
    <message>
        <source>Select another member first.</source>
        <translation>Wählen Sie zuerst ein anderes Mitglied.</translation>
    </message>
    <message>
        <source>This is the offline sandbox: accept it on this computer, on the Members page (Accept invitation…), with the token below and the email %1.</source>
        <translation>Dies ist die Offline-Sandbox: Nehmen Sie die Einladung auf diesem Computer an, auf der Seite Mitglieder (Einladung annehmen…), mit dem Token unten und der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>To join: open Latchkey, choose Connect to server…, enter the server %1 and your email %2, tick “I have an invitation”, paste the token below and choose a password of at least 12 characters (or give yours, if you have an account there).</source>
        <translation>So treten Sie bei: Öffnen Sie Latchkey, wählen Sie „Mit Server verbinden…“, geben Sie den Server %1 und Ihre E-Mail-Adresse %2 ein, kreuzen Sie „Ich habe eine Einladung“ an, fügen Sie das Token unten ein und wählen Sie ein Passwort mit mindestens 12 Zeichen (oder geben Sie Ihres an, wenn Sie dort schon ein Konto haben).</translation>
    </message>
    <message>
        <source>Hello,

%1 invites you to the workspace “%2” on Latchkey, as %3.

%4

Invitation token: </source>
        <translation>Hallo,

%1 lädt Sie in den Arbeitsbereich „%2“ auf Latchkey ein, als %3.

%4

Einladungs-Token: </translation>
    </message>
    <message>
        <source>

The token works once, for %1 only, until %2 (UTC).</source>
        <translation>

Das Token funktioniert einmal, nur für %1, bis %2 (UTC).</translation>
    </message>
    <message>
        <source>Invitation for %1</source>
        <translation>Einladung für %1</translation>
    </message>
    <message>
        <source>%1 is invited as &lt;b&gt;%2&lt;/b&gt;. Send them this message; the token in it is their way in.</source>
        <translation>%1 ist als &lt;b&gt;%2&lt;/b&gt; eingeladen. Schicken Sie diese Nachricht; das Token darin ist der Zugang.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the invitation now. It will not be shown again.&lt;/b&gt; If it is lost, withdraw the invitation and invite again.</source>
        <translation>&lt;b&gt;Kopieren Sie die Einladung jetzt. Sie wird nicht noch einmal angezeigt.&lt;/b&gt; Geht sie verloren, ziehen Sie die Einladung zurück und laden Sie erneut ein.</translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation>Einladung kopieren</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Sie haben %1 verlassen.</translation>
    </message>
    <message>
        <source>%1 is removed from %2.</source>
        <translation>%1 ist aus %2 entfernt.</translation>
    </message>
    <message>
        <source>The invitation for %1 is withdrawn; its token no longer works.</source>
        <translation>Die Einladung für %1 ist zurückgezogen; ihr Token funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Invitation accepted.</source>
        <translation>Einladung angenommen.</translation>
    </message>
    <message>
        <source>The sandbox now shows what %1 sees.</source>
        <translation>Die Sandbox zeigt jetzt, was %1 sieht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>That role was changed in another workspace: open it to change the role back.</source>
        <translation>Diese Rolle wurde in einem anderen Arbeitsbereich geändert: Öffnen Sie ihn, um die Rolle zurückzusetzen.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Act on the message</source>
        <translation>Auf die Meldung reagieren</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::OriginAllowlistEditor</name>
    <message>
        <source>Origin to allow</source>
        <translation>Zu erlaubender Origin</translation>
    </message>
    <message>
        <source>https://shop.example.com or https://*.example.com</source>
        <translation>https://shop.example.com oder https://*.example.com</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add origin</source>
        <translation>Origin hinzufügen</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Origins</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected origin</source>
        <translation>Den ausgewählten Origin entfernen</translation>
    </message>
    <message>
        <source>Will be allowed as %1</source>
        <translation>Wird als %1 erlaubt</translation>
    </message>
    <message>
        <source>Not an origin: %1</source>
        <translation>Kein Origin: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::RemoveMemberCommand</name>
    <message>
        <source>Select a member first.</source>
        <translation>Wählen Sie zuerst ein Mitglied.</translation>
    </message>
    <message>
        <source>Leave workspace</source>
        <translation>Arbeitsbereich verlassen</translation>
    </message>
    <message>
        <source>&lt;p&gt;You will lose access to &lt;b&gt;%1&lt;/b&gt; at once. Only an owner or admin can invite you back.&lt;/p&gt;&lt;p&gt;To confirm, type the workspace&apos;s name:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie verlieren sofort den Zugang zu &lt;b&gt;%1&lt;/b&gt;. Nur ein Eigentümer oder Admin kann Sie wieder einladen.&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung den Namen des Arbeitsbereichs ein:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the workspace&apos;s name</source>
        <translation>Namen des Arbeitsbereichs eingeben</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; loses access to %2 at once, on every server: their next call gets &lt;tt&gt;401&lt;/tt&gt;. The keys they made keep working until you revoke them.&lt;/p&gt;&lt;p&gt;To confirm, type their email:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; verliert sofort den Zugang zu %2, auf jedem Server: der nächste Aufruf erhält &lt;tt&gt;401&lt;/tt&gt;. Die Schlüssel, die das Mitglied erstellt hat, funktionieren weiter, bis Sie sie widerrufen.&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung die E-Mail-Adresse ein:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the member&apos;s email</source>
        <translation>E-Mail-Adresse des Mitglieds eingeben</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::RevokeKeyCommand</name>
    <message>
        <source>This key is already revoked.</source>
        <translation>Dieser Schlüssel ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>Revoke test key</source>
        <translation>Testschlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke “%1” (%2)? It stops working at once. This cannot be undone.</source>
        <translation>„%1“ (%2) widerrufen? Er funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Could not revoke “%1”: %2</source>
        <translation>„%1“ konnte nicht widerrufen werden: %2</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::RevokeKeyDialog</name>
    <message>
        <source>Revoke live key</source>
        <translation>Live-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Revoking &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;) stops it working at once, everywhere. Every request made with it will fail with &lt;tt&gt;401 invalid_api_key&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;To confirm, type the key&apos;s name:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn Sie &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;) widerrufen, funktioniert er sofort und überall nicht mehr. Jede Anfrage damit schlägt mit &lt;tt&gt;401 invalid_api_key&lt;/tt&gt; fehl.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dies kann nicht rückgängig gemacht werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung den Namen des Schlüssels ein:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the key&apos;s name</source>
        <translation>Namen des Schlüssels eingeben</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::RollKeyCommand</name>
    <message>
        <source>Could not roll “%1”: %2</source>
        <translation>„%1“ konnte nicht rotiert werden: %2</translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation>Neuer geheimer Schlüssel</translation>
    </message>
    <message>
        <source>“%1” has been rolled. This is the new key:</source>
        <translation>„%1“ wurde rotiert. Dies ist der neue Schlüssel:</translation>
    </message>
    <message>
        <source>Select the key to roll.</source>
        <translation>Wählen Sie den Schlüssel, der rotiert werden soll.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::RollKeyDialog</name>
    <message>
        <source>Roll key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rolling &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;) issues a new secret key with the same scopes and restrictions. The new secret is shown once.&lt;/p&gt;&lt;p&gt;How long should the old key keep working, so you can deploy the new one?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn Sie &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;) rotieren, wird ein neuer geheimer Schlüssel mit denselben Berechtigungen und Einschränkungen ausgestellt. Das neue Geheimnis wird einmal angezeigt.&lt;/p&gt;&lt;p&gt;Wie lange soll der alte Schlüssel weiter funktionieren, damit Sie den neuen ausrollen können?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Old key keeps working for</source>
        <translation>Alter Schlüssel funktioniert weiter für</translation>
    </message>
    <message>
        <source>Expire it now</source>
        <translation>Sofort ablaufen lassen</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Old key works for:</source>
        <translation>Alter Schlüssel funktioniert für:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::RotateEndpointSecretCommand</name>
    <message>
        <source>Rotate signing secret</source>
        <translation>Signaturgeheimnis rotieren</translation>
    </message>
    <message>
        <source>Create a new signing secret for %1? The current secret keeps signing deliveries for 7 days, so receivers can switch over.</source>
        <translation>Ein neues Signaturgeheimnis für %1 erstellen? Das aktuelle Geheimnis signiert Zustellungen noch 7 Tage lang, damit Empfänger umstellen können.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Geheimnis rotieren</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::SecretRevealDialog</name>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>Das Geheimnis kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy this secret now and keep it somewhere safe. It will not be shown again.&lt;/b&gt; If you lose it, roll the key to get a new one.</source>
        <translation>&lt;b&gt;Kopieren Sie dieses Geheimnis jetzt und bewahren Sie es sicher auf. Es wird nicht noch einmal angezeigt.&lt;/b&gt; Wenn Sie es verlieren, rotieren Sie den Schlüssel, um einen neuen zu erhalten.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close the secret</source>
        <translation>Das Geheimnis schließen</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert, sofern Sie nichts anderes kopieren.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert, sofern Sie nichts anderes kopieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Ohne Kopieren schließen?</translation>
    </message>
    <message>
        <source>You have not copied the secret. Once this window closes it cannot be shown again.</source>
        <translation>Sie haben das Geheimnis nicht kopiert. Sobald dieses Fenster geschlossen ist, kann es nicht mehr angezeigt werden.</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Ohne Kopieren schließen</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Zu sendende Nachricht</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::ServicePage</name>
    <message>
        <source>Subscription active. Live and sandbox keys can call %1.</source>
        <translation>Abonnement aktiv. Live- und Sandbox-Schlüssel können %1 aufrufen.</translation>
    </message>
    <message>
        <source>Subscription lapsed: live calls get 402 service_inactive. The sandbox keeps working.</source>
        <translation>Abonnement abgelaufen: Live-Aufrufe erhalten 402 service_inactive. Die Sandbox funktioniert weiter.</translation>
    </message>
    <message>
        <source>Scopes of this service</source>
        <translation>Berechtigungen dieses Dienstes</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>Öffentliche Schlüssel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Privileged: owners and admins only</source>
        <translation>Privilegiert: nur Eigentümer und Admins</translation>
    </message>
    <message>
        <source>Create public key for %1…</source>
        <translation>Öffentlichen Schlüssel für %1 erstellen…</translation>
    </message>
    <message>
        <source>Create a public key for this service</source>
        <translation>Einen öffentlichen Schlüssel für diesen Dienst erstellen</translation>
    </message>
    <message>
        <source>Lapse subscription…</source>
        <translation>Abonnement auslaufen lassen…</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <translation>Abonnement wieder aktivieren</translation>
    </message>
    <message>
        <source>Lapse the subscription to %1</source>
        <translation>Das Abonnement für %1 auslaufen lassen</translation>
    </message>
    <message>
        <source>Reactivate the subscription to %1</source>
        <translation>Das Abonnement für %1 wieder aktivieren</translation>
    </message>
    <message>
        <source>Live keys will get 402 service_inactive at once</source>
        <translation>Live-Schlüssel erhalten sofort 402 service_inactive</translation>
    </message>
    <message>
        <source>Live keys work again at once</source>
        <translation>Live-Schlüssel funktionieren sofort wieder</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::SetMemberRoleCommand</name>
    <message>
        <source>Select a member first.</source>
        <translation>Wählen Sie zuerst ein Mitglied.</translation>
    </message>
    <message>
        <source>%1 is %2 already.</source>
        <translation>%1 ist bereits %2.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::SetServiceActiveCommand</name>
    <message>
        <source>Lapse %1</source>
        <translation>%1 auslaufen lassen</translation>
    </message>
    <message>
        <source>Lapse the subscription to %1? Every live key calling %1 gets 402 service_inactive at once, on every server, until it is reactivated. Sandbox keys keep working.</source>
        <translation>Das Abonnement für %1 auslaufen lassen? Jeder Live-Schlüssel, der %1 aufruft, erhält sofort 402 service_inactive, auf jedem Server, bis es wieder aktiviert wird. Sandbox-Schlüssel funktionieren weiter.</translation>
    </message>
    <message>
        <source>Lapse subscription</source>
        <translation>Abonnement auslaufen lassen</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::TypedConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Nutzung pro Tag</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Nutzung wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>No calls in the last %n day(s).</source>
        <translation>
            <numerusform>Keine Aufrufe in %n Tag.</numerusform>
            <numerusform>Keine Aufrufe in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s): %1 allowed, %2 refused. Busiest day: %3 (%4 calls).</source>
        <translation>
            <numerusform>Letzter %n Tag: %1 erlaubt, %2 abgelehnt. Meiste Aufrufe: %3 (%4).</numerusform>
            <numerusform>Letzte %n Tage: %1 erlaubt, %2 abgelehnt. Meiste Aufrufe: %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked or expired</source>
        <translation>widerrufen oder abgelaufen</translation>
    </message>
    <message>
        <source>service inactive</source>
        <translation>Dienst inaktiv</translation>
    </message>
    <message>
        <source>origin not allowed</source>
        <translation>Origin nicht erlaubt</translation>
    </message>
    <message>
        <source>IP address not allowed</source>
        <translation>IP-Adresse nicht erlaubt</translation>
    </message>
    <message>
        <source>endpoint not allowed</source>
        <translation>Endpunkt nicht erlaubt</translation>
    </message>
    <message>
        <source>missing scope</source>
        <translation>fehlende Berechtigung</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Ratenbegrenzung erreicht</translation>
    </message>
    <message>
        <source>%1: %2 allowed, %3 refused</source>
        <translation>%1: %2 erlaubt, %3 abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::WebhookDialog</name>
    <message>
        <source>Add live webhook endpoint</source>
        <translation>Live-Webhook-Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Add sandbox webhook endpoint</source>
        <translation>Sandbox-Webhook-Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>https://example.com/webhooks/latchkey</source>
        <translation>https://example.com/webhooks/latchkey</translation>
    </message>
    <message>
        <source>https://… or http://localhost:8000/webhooks</source>
        <translation>https://… oder http://localhost:8000/webhooks</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Deliveries are signed; the signing secret is shown once after the endpoint is added.</source>
        <translation>Zustellungen werden signiert; das Signaturgeheimnis wird einmal angezeigt, nachdem der Endpunkt hinzugefügt wurde.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::WithdrawInvitationCommand</name>
    <message>
        <source>Select an invitation first.</source>
        <translation>Wählen Sie zuerst eine Einladung.</translation>
    </message>
</context>
<context>
    <name>latchkey::ui::WorkspaceNameDialog</name>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>You will be its owner. It starts subscribed to Forms and Bookings, with no keys and no other members.</source>
        <translation>Sie werden sein Eigentümer. Er beginnt mit Abonnements für Formulare und Buchungen, ohne Schlüssel und ohne weitere Mitglieder.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Latchkey API-key dashboard</source>
        <translation>Latchkey-Dashboard für API-Schlüssel</translation>
    </message>
    <message>
        <source>Use the offline sandbox.</source>
        <translation>Die Offline-Sandbox verwenden.</translation>
    </message>
    <message>
        <source>Connect to a latchkeyd.</source>
        <translation>Mit einem latchkeyd verbinden.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s directory.</source>
        <translation>Das Verzeichnis der Sandbox.</translation>
    </message>
    <message>
        <source>Render every page and dialog to PNG files and exit.</source>
        <translation>Jede Seite und jeden Dialog als PNG-Datei ausgeben und beenden.</translation>
    </message>
    <message>
        <source>The language of the dashboard: %1. The default follows the system.</source>
        <translation>Die Sprache des Dashboards: %1. Standardmäßig die des Systems.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Signed out on this computer; the server could not be told: %1</source>
        <translation>Auf diesem Computer abgemeldet; der Server konnte nicht benachrichtigt werden: %1</translation>
    </message>
    <message>
        <source>Resuming your session on %1…</source>
        <translation>Ihre Sitzung auf %1 wird fortgesetzt…</translation>
    </message>
</context>
</TS>
