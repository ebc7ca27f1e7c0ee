// SPDX-License-Identifier: MIT
// latchkeyd: the REST backend (README.md, "Running latchkeyd"; docs/operations.md). `init` creates
// a store and a workspace, `serve` answers the management API and the verify / forward-auth path.
#include "core/crypto.h"
#include "core/memberservice.h"
#include "core/scopes.h"
#include "core/sessionservice.h"
#include "core/sqlstore.h"
#include "core/webhookservice.h"
#include "core/workspaceservice.h"
#include "server/apiserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostInfo>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <exception>
#include <optional>
#include <utility>

// Stopping: SIGTERM and SIGINT on Unix, Ctrl+C, Ctrl+Break and closing the console on Windows.
#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <QScopeGuard>
#include <mutex>
#include <qt_windows.h>
#endif

using namespace latchkey;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(latchkeyd)
};

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

void say(const QString &text)
{
    QTextStream(stdout) << text << Qt::endl;
}

int fail(int code, const QString &text)
{
    QTextStream(stderr) << "latchkeyd: " << text << Qt::endl;
    return code;
}

QString usage()
{
    return Tr::tr("Usage: latchkeyd <command> [options]\n"
                  "\n"
                  "Commands:\n"
                  "  init        create a store and its first workspace and owner\n"
                  "  serve       serve the REST API: management, verify and forward-auth\n"
                  "  member      list, invite, change or remove a workspace's members\n"
                  "  passwd      set a new password for a user and end their sessions\n"
                  "  rekey       seal the webhook signing secrets under a new master key\n"
                  "\n"
                  "  latchkeyd <command> --help   describes a command and each of its options\n"
                  "  latchkeyd --version          prints the version\n"
                  "\n"
                  "Exit codes: 0 success, 2 bad usage, 1 any other failure.");
}

/// \p text cut into lines of at most \p width characters, each after \p indent spaces.
QString wrapped(const QString &text, int indent, int width = 79)
{
    QString out;
    QString line;
    const QString pad(indent, u' ');
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            out += pad + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += pad + line + u'\n';
    return out;
}

/// A subcommand's options, and what --help says of it and of each of them.
class Command
{
public:
    /// \p name as typed ("member add"), \p synopsis the usage line after it, \p description
    /// what the command does.
    Command(QString name, QString synopsis, QString description)
        : m_name(std::move(name))
        , m_synopsis(std::move(synopsis))
        , m_description(std::move(description))
    {}

    QCommandLineOption add(const QCommandLineOption &option)
    {
        m_options.append(option);
        return option;
    }

    /// Each option may also come from an environment variable, LATCHKEYD_ and its name in
    /// capitals with '_' for '-' (--tls-cert: LATCHKEYD_TLS_CERT); the command line wins. An
    /// empty variable counts as unset; a flag's variable is 1, true, yes, 0, false or no.
    void readEnvironment() { m_environment = true; }

    static QString environmentName(const QCommandLineOption &o)
    {
        return QStringLiteral("LATCHKEYD_") + o.names().constLast().toUpper().replace(u'-', u'_');
    }

    /// Parses \p args (the program name first): nothing when the command should run, or the
    /// exit code when it should not (0 after --help, 2 for bad usage, said on standard error).
    std::optional<int> parse(const QStringList &args)
    {
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        m_parser.addOptions(m_options);
        const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                      Tr::tr("Show this help and exit."));
        m_parser.addOption(help);
        QString error;
        if (!m_parser.parse(args))
            error = m_parser.errorText();
        else if (m_parser.isSet(help)) {
            QTextStream(stdout) << helpText();
            return kExitOk;
        } else if (!m_parser.positionalArguments().isEmpty())
            error = Tr::tr("unexpected argument '%1'").arg(m_parser.positionalArguments().first());
        else if (m_environment)
            error = readVariables();
        if (error.isEmpty())
            return std::nullopt;
        return fail(kExitUsage,
                    error + u'\n' +
                        Tr::tr("Run 'latchkeyd %1 --help' for its options.").arg(m_name));
    }

    /// Given on the command line, or by its environment variable (a flag: set to true).
    bool isSet(const QCommandLineOption &o) const
    {
        if (m_parser.isSet(o))
            return true;
        const QString name = environmentName(o);
        return o.valueName().isEmpty() ? m_flags.value(name) : m_values.contains(name);
    }
    /// The command line's value, else the environment's, else the default.
    QString value(const QCommandLineOption &o) const
    {
        if (m_parser.isSet(o))
            return m_parser.value(o);
        return m_values.value(environmentName(o), m_parser.value(o));
    }
    /// Where the value of \p o came from, to name it in a complaint: "--listen", or
    /// "LATCHKEYD_LISTEN" when only the environment set it.
    QString origin(const QCommandLineOption &o) const
    {
        if (!m_parser.isSet(o) && m_values.contains(environmentName(o)))
            return environmentName(o);
        return QStringLiteral("--") + o.names().constLast();
    }

    QString helpText() const
    {
        QString out = Tr::tr("Usage: latchkeyd %1 %2").arg(m_name, m_synopsis) +
                      QStringLiteral("\n\n") + wrapped(m_description, 0) + u'\n' +
                      Tr::tr("Options:") + u'\n';
        QList<QCommandLineOption> all = m_options;
        all.append(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                      Tr::tr("Show this help and exit.")));
        for (const QCommandLineOption &o : all) {
            QStringList names;
            for (const QString &n : o.names())
                names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
            QString head = QStringLiteral("  ") + names.join(QStringLiteral(", "));
            if (!o.valueName().isEmpty())
                head += u' ' + o.valueName();
            out += head + u'\n' + wrapped(o.description(), 6);
            if (!o.defaultValues().isEmpty())
                out += wrapped(Tr::tr("Default: %1").arg(o.defaultValues().join(u' ')), 6);
            if (m_environment && o.names().constLast() != QLatin1String("help"))
                out += wrapped(o.valueName().isEmpty()
                                   ? Tr::tr("Environment: %1=1 (or true, yes; 0, false, no)")
                                         .arg(environmentName(o))
                                   : Tr::tr("Environment: %1").arg(environmentName(o)),
                               6);
        }
        if (m_environment)
            out +=
                u'\n' + wrapped(Tr::tr("Every option can also be set by its environment variable; "
                                       "the command line wins, and an empty variable counts as "
                                       "unset."),
                                0);
        return out;
    }

private:
    /// The options' environment variables; an error naming the first one that is wrong.
    QString readVariables()
    {
        for (const QCommandLineOption &o : std::as_const(m_options)) {
            const QString name = environmentName(o);
            const QString text = qEnvironmentVariable(name.toLatin1().constData()).trimmed();
            if (text.isEmpty())
                continue;
            if (!o.valueName().isEmpty()) {
                m_values.insert(name, text);
                continue;
            }
            const QString lower = text.toLower();
            if (lower == u"1" || lower == u"true" || lower == u"yes")
                m_flags.insert(name, true);
            else if (lower == u"0" || lower == u"false" || lower == u"no")
                m_flags.insert(name, false);
            else
                return Tr::tr("%1 must be 1, true, yes, 0, false or no, not '%2'")
                    .arg(name, text.left(40));
        }
        return {};
    }

    QString m_name;
    QString m_synopsis;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QCommandLineParser m_parser;
    bool m_environment = false;
    QHash<QString, QString> m_values; // variable name -> value
    QHash<QString, bool> m_flags;     // variable name -> on
};

QString storeHelp()
{
    return Tr::tr("The store: sqlite:/path/to/latchkey.db or postgresql://user@host/db. Default: "
                  "latchkey.db in the user's data directory (%1).")
        .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QCommandLineOption storeOption()
{
    return {QStringLiteral("store"), storeHelp(), Tr::tr("URL")};
}

/// --master-key-file, as \p what it is to the command, and where it is looked for by default.
QCommandLineOption masterKeyOption(const QString &what)
{
    return {QStringLiteral("master-key-file"),
            Tr::tr("%1 Default: master.key next to a SQLite store, else in the user's data "
                   "directory.")
                .arg(what),
            Tr::tr("FILE")};
}

QCommandLineOption passwordStdinOption(const QString &whose)
{
    return {QStringLiteral("password-stdin"), whose};
}

QString defaultStoreUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("latchkey.db"));
}

QString defaultMasterKeyFile(const QString &storeUrl)
{
    if (storeUrl.startsWith(QLatin1String("sqlite:")))
        return QFileInfo(storeUrl.mid(7)).absoluteDir().filePath(QStringLiteral("master.key"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("master.key"));
}

/// The first line of standard input, as a password of at least \p least characters.
int readPassword(int least, QString &password)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(kExitFailure, Tr::tr("cannot read standard input"));
    QByteArray line = in.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    password = QString::fromUtf8(line);
    crypto::wipe(line);
    if (password.size() < least) {
        crypto::wipe(password);
        return fail(
            kExitUsage,
            Tr::tr("the password on standard input must have at least %1 characters").arg(least));
    }
    return kExitOk;
}

/// Exit code for a failed service call: 2 for what the caller got wrong, 1 for the rest.
int failWith(const ApiError &e)
{
    return fail(e.status == 500 || e.status == 503 ? kExitFailure : kExitUsage, e.message);
}

/// The operator at the command line: may do what an owner may, in \p workspaceId, and is named
/// so in the audit log.
Actor operatorIn(const QString &workspaceId)
{
    Actor a;
    a.kind = Actor::Kind::PlatformAdmin;
    a.id = QStringLiteral("operator");
    a.display = QStringLiteral("operator (latchkeyd command line)");
    a.workspaceId = workspaceId;
    return a;
}

QString memberHelp()
{
    return Tr::tr("Usage: latchkeyd member <list|add|set-role|remove> [options]\n"
                  "\n"
                  "Manages a workspace's members from the server's own machine, as its owner "
                  "would: the audit log names the operator.\n"
                  "\n"
                  "  list       lists the members and their roles\n"
                  "  add        invites a person with a role; prints the invitation token\n"
                  "  set-role   changes a member's role\n"
                  "  remove     removes a member from the workspace\n"
                  "\n"
                  "Run 'latchkeyd member <list|add|set-role|remove> --help' for their options.");
}

int runMember(QStringList args)
{
    if (args.size() < 2)
        return fail(kExitUsage,
                    Tr::tr("member needs list, add, set-role or remove") + u'\n' + memberHelp());
    const QString action = args.takeAt(1);
    if (action == QLatin1String("--help") || action == QLatin1String("-h") ||
        action == QLatin1String("-help")) {
        say(memberHelp());
        return kExitOk;
    }
    const bool needsEmail = action != QLatin1String("list");
    const bool needsRole = action == QLatin1String("add") || action == QLatin1String("set-role");
    QString description;
    if (action == QLatin1String("list"))
        description = Tr::tr("Lists the members of a workspace: user id, role and email address.");
    else if (action == QLatin1String("add"))
        description = Tr::tr("Invites a person to a workspace with a role, as the dashboard does: "
                             "prints an invitation token, shown once and good for 7 days, that "
                             "they accept in the dashboard (or with POST "
                             "/v1/invitations/accept) while choosing their own password.");
    else if (action == QLatin1String("set-role"))
        description = Tr::tr("Changes a member's role. A workspace always keeps an owner.");
    else if (action == QLatin1String("remove"))
        description = Tr::tr("Removes a member from a workspace; their next call is refused. A "
                             "workspace always keeps an owner.");
    else
        return fail(kExitUsage,
                    Tr::tr("unknown member command '%1'").arg(action) + u'\n' + memberHelp());
    Command p(QStringLiteral("member ") + action,
              needsRole    ? Tr::tr("--workspace ID --email EMAIL --role ROLE [--store URL]")
              : needsEmail ? Tr::tr("--workspace ID --email EMAIL [--store URL]")
                           : Tr::tr("--workspace ID [--store URL]"),
              description);
    const QCommandLineOption store = p.add(storeOption());
    const QCommandLineOption workspace = p.add(
        {QStringLiteral("workspace"),
         Tr::tr("The workspace's id (ws_…), as GET /v1/workspaces or the dashboard shows it."),
         Tr::tr("ID")});
    const QCommandLineOption email =
        needsEmail ? p.add({QStringLiteral("email"),
                            action == QLatin1String("add")
                                ? Tr::tr("The email address of the person to invite.")
                                : Tr::tr("The member's email address."),
                            Tr::tr("EMAIL")})
                   : QCommandLineOption(QStringLiteral("email"));
    const QCommandLineOption role =
        needsRole ? p.add({QStringLiteral("role"),
                           Tr::tr("The role: owner, admin, developer or viewer."), Tr::tr("ROLE")})
                  : QCommandLineOption(QStringLiteral("role"));
    if (auto code = p.parse(args))
        return *code;
    if (!p.isSet(workspace))
        return fail(kExitUsage, Tr::tr("member %1 needs --workspace ID").arg(action));
    if (needsEmail && !p.isSet(email))
        return fail(kExitUsage, Tr::tr("member %1 needs --email EMAIL").arg(action));
    std::optional<Role> wanted;
    if (needsRole) {
        wanted = roleFromString(p.value(role));
        if (!wanted)
            return fail(kExitUsage,
                        Tr::tr("member %1 needs --role owner|admin|developer|viewer").arg(action));
    }

    auto opened = SqlStore::open(p.isSet(store) ? p.value(store) : defaultStoreUrl());
    if (!opened.ok())
        return failWith(opened.error());
    Store &st = **opened;
    auto ws = st.workspace(p.value(workspace));
    if (!ws.ok())
        return failWith(ws.error());
    if (!ws->has_value())
        return fail(
            kExitUsage,
            Tr::tr("no workspace '%1' in %2").arg(p.value(workspace), (*opened)->describe()));
    const Actor op = operatorIn((*ws)->id);
    MemberService members(st, ScopeCatalog::builtin());
    auto list = members.list(op);
    if (!list.ok())
        return failWith(list.error());
    if (action == QLatin1String("list")) {
        for (const MemberRecord &m : *list)
            say(QStringLiteral("%1  %2  %3").arg(m.user.id, name(m.role), m.user.email));
        return kExitOk;
    }
    if (action == QLatin1String("add")) {
        // An invitation, as from the dashboard: the person chooses their own password.
        auto issued = members.invite(op, p.value(email), *wanted);
        if (!issued.ok())
            return failWith(issued.error());
        say(Tr::tr("Invited %1 as %2 to \"%3\". Give them this token (shown once, good for 7 "
                   "days); they accept it in the dashboard or with POST "
                   "/v1/invitations/accept:")
                .arg(issued->invitation.email, name(*wanted), (*ws)->name));
        say(QString::fromLatin1(issued->token));
        crypto::wipe(issued->token);
        return kExitOk;
    }
    const QString address = p.value(email).trimmed().toLower();
    QString userId;
    for (const MemberRecord &m : *list)
        if (m.user.email == address)
            userId = m.user.id;
    if (userId.isEmpty())
        return fail(kExitUsage, Tr::tr("%1 is not a member of \"%2\"").arg(address, (*ws)->name));
    if (action == QLatin1String("set-role")) {
        auto changed = members.setRole(op, userId, *wanted);
        if (!changed.ok())
            return failWith(changed.error());
        say(Tr::tr("%1 is now %2 in \"%3\".").arg(address, name(*wanted), (*ws)->name));
        return kExitOk;
    }
    if (Status s = members.remove(op, userId); !s.ok())
        return failWith(s.error());
    say(Tr::tr("Removed %1 from \"%2\".").arg(address, (*ws)->name));
    return kExitOk;
}

int runPasswd(const QStringList &args)
{
    Command p(QStringLiteral("passwd"), Tr::tr("--email EMAIL --password-stdin [--store URL]"),
              Tr::tr("Sets a new password for a user who lost theirs, and ends every session "
                     "of theirs. The password is read from the first line of standard input."));
    const QCommandLineOption store = p.add(storeOption());
    const QCommandLineOption email =
        p.add({QStringLiteral("email"), Tr::tr("The user's email address."), Tr::tr("EMAIL")});
    const QCommandLineOption passwordStdin = p.add(passwordStdinOption(
        Tr::tr("Read the new password (at least %1 characters) from the first line of standard "
               "input. Required: a password is never an argument, which other users could see.")
            .arg(SessionService::kMinPasswordLength)));
    if (auto code = p.parse(args))
        return *code;
    if (!p.isSet(email))
        return fail(kExitUsage, Tr::tr("passwd needs --email EMAIL"));
    if (!p.isSet(passwordStdin))
        return fail(kExitUsage, Tr::tr("passwd reads the new password from standard input: pass "
                                       "--password-stdin"));
    QString password;
    if (int code = readPassword(SessionService::kMinPasswordLength, password); code != kExitOk)
        return code;
    auto opened = SqlStore::open(p.isSet(store) ? p.value(store) : defaultStoreUrl());
    if (!opened.ok()) {
        crypto::wipe(password);
        return failWith(opened.error());
    }
    SessionService sessions(**opened);
    const Status s = sessions.resetPassword(p.value(email), password, operatorIn({}).display);
    crypto::wipe(password);
    if (!s.ok())
        return failWith(s.error());
    say(Tr::tr("Set a new password for %1; every session of theirs has ended.")
            .arg(p.value(email).trimmed().toLower()));
    return kExitOk;
}

int runRekey(const QStringList &args)
{
    Command p(QStringLiteral("rekey"),
              Tr::tr("--new-master-key-file FILE [--master-key-file FILE] [--store URL]"),
              Tr::tr("Seals every webhook signing secret in the store again under a new master "
                     "key, in one transaction. The current master key must open every secret; "
                     "if it does not, nothing changes. Then restart every 'latchkeyd serve' on "
                     "this store with the new key file. No key material is printed."));
    const QCommandLineOption store = p.add(storeOption());
    const QCommandLineOption masterKey =
        p.add(masterKeyOption(Tr::tr("The current master key, which sealed the secrets.")));
    const QCommandLineOption newMasterKey =
        p.add({QStringLiteral("new-master-key-file"),
               Tr::tr("The new master key: a private file of 32 bytes, or, when it does not "
                      "exist, created with 32 random bytes and mode 0600. Required."),
               Tr::tr("FILE")});
    if (auto code = p.parse(args))
        return *code;
    if (!p.isSet(newMasterKey))
        return fail(kExitUsage, Tr::tr("rekey needs --new-master-key-file FILE"));
    const QString url = p.isSet(store) ? p.value(store) : defaultStoreUrl();
    const QString oldPath = p.isSet(masterKey) ? p.value(masterKey) : defaultMasterKeyFile(url);
    const QString newPath = p.value(newMasterKey);
    if (!QFileInfo::exists(oldPath))
        return fail(kExitUsage,
                    Tr::tr("the master key file %1 does not exist: name the key that sealed the "
                           "secrets with --master-key-file")
                        .arg(QDir::toNativeSeparators(oldPath)));
    if (QFileInfo(oldPath).canonicalFilePath() == QFileInfo(newPath).canonicalFilePath())
        return fail(kExitUsage, Tr::tr("--new-master-key-file names the current master key file"));

    auto opened = SqlStore::open(url);
    if (!opened.ok())
        return fail(opened.error().status == 400 ? kExitUsage : kExitFailure,
                    opened.error().message);
    auto oldKey = crypto::loadOrCreateMasterKey(oldPath);
    if (!oldKey.ok())
        return fail(kExitFailure, oldKey.error().message);
    const bool created = !QFileInfo::exists(newPath);
    auto newKey = crypto::loadOrCreateMasterKey(newPath);
    if (!newKey.ok()) {
        crypto::wipe(*oldKey);
        return fail(kExitFailure, newKey.error().message);
    }
    const bool same = crypto::constantTimeEquals(*oldKey, *newKey);
    auto resealed = same ? Result<WebhookService::Resealed>(WebhookService::Resealed{})
                         : WebhookService::resealSecrets(**opened, *oldKey, *newKey);
    crypto::wipe(*oldKey);
    crypto::wipe(*newKey);
    const bool refused = same || !resealed.ok() || !resealed->unopenedId.isEmpty();
    if (refused && created) // nothing was sealed under it: leave no stray key behind
        QFile::remove(newPath);
    if (same)
        return fail(kExitUsage, Tr::tr("the new master key is the current one; nothing changed"));
    if (!resealed.ok())
        return failWith(resealed.error());
    if (!resealed->unopenedId.isEmpty())
        return fail(kExitFailure,
                    Tr::tr("the master key in %1 does not open the signing secret %2 (webhook "
                           "endpoint %3): it is not the key that sealed the secrets. Nothing "
                           "changed.")
                        .arg(QDir::toNativeSeparators(oldPath), resealed->unopenedId,
                             resealed->unopenedEndpointId));
    say(Tr::tr("Webhook signing secrets in %2 sealed again under the master key %3%4: %1. "
               "Restart every latchkeyd serve on this store with --master-key-file %3; the old "
               "key opens none of them now.")
            .arg(resealed->count)
            .arg((*opened)->describe(), QDir::toNativeSeparators(newPath),
                 created ? Tr::tr(" (created)") : QString()));
    return kExitOk;
}

int runInit(const QStringList &args)
{
    Command p(QStringLiteral("init"),
              Tr::tr("--email EMAIL --password-stdin [--store URL] [--workspace NAME]"),
              Tr::tr("Creates the store if it does not exist yet, and its first workspace, "
                     "owned by EMAIL. Run again with the same owner, it changes nothing."));
    const QCommandLineOption store = p.add(storeOption());
    const QCommandLineOption email =
        p.add({QStringLiteral("email"), Tr::tr("The owner's email address: they sign in with it."),
               Tr::tr("EMAIL")});
    const QCommandLineOption workspace =
        p.add({QStringLiteral("workspace"), Tr::tr("The first workspace's name."), Tr::tr("NAME"),
               QStringLiteral("Default")});
    const QCommandLineOption passwordStdin = p.add(passwordStdinOption(
        Tr::tr("Read the owner's password (at least %1 characters) from the first line of "
               "standard input. Required: a password is never an argument, which other users "
               "could see.")
            .arg(SessionService::kMinPasswordLength)));
    if (auto code = p.parse(args))
        return *code;
    if (!p.isSet(email))
        return fail(kExitUsage, Tr::tr("init needs --email EMAIL"));
    if (!p.isSet(passwordStdin))
        return fail(kExitUsage, Tr::tr("init reads the owner's password from standard input: "
                                       "pass --password-stdin"));
    if (Status s = WorkspaceService::validateEmail(p.value(email)); !s.ok())
        return fail(kExitUsage, s.error().message);

    QString password;
    if (int code = readPassword(SessionService::kMinPasswordLength, password); code != kExitOk)
        return code;

    const QString url = p.isSet(store) ? p.value(store) : defaultStoreUrl();
    auto opened = SqlStore::open(url);
    if (!opened.ok()) {
        crypto::wipe(password);
        return fail(opened.error().status == 400 ? kExitUsage : kExitFailure,
                    opened.error().message);
    }
    WorkspaceService spaces(**opened);
    auto result = spaces.init(p.value(workspace), p.value(email), password,
                              {QStringLiteral("forms"), QStringLiteral("bookings")});
    crypto::wipe(password);
    if (!result.ok())
        return fail(result.error().status == 400 ? kExitUsage : kExitFailure,
                    result.error().message);
    if (result->created)
        say(Tr::tr("Created workspace \"%1\" (%2) owned by %3 in %4")
                .arg(result->workspace.name, result->workspace.id, result->owner.email,
                     (*opened)->describe()));
    else
        say(Tr::tr("%1 already owns workspace \"%2\" (%3) in %4; nothing changed.")
                .arg(result->owner.email, result->workspace.name, result->workspace.id,
                     (*opened)->describe()));
    return kExitOk;
}

#if defined(Q_OS_UNIX)
int g_signalFd[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalFd[1], &c, 1);
}
#elif defined(Q_OS_WIN)
// The server that a console event drains; set by runServe while it serves.
std::mutex g_drainMutex;
server::ApiServer *g_drainTarget = nullptr;

// Windows calls this on a thread of its own: post the drain to the server's thread.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    {
        const std::lock_guard lock(g_drainMutex);
        if (!g_drainTarget)
            return FALSE; // not serving: Windows' default, which ends the process
        QMetaObject::invokeMethod(g_drainTarget, &server::ApiServer::drain, Qt::QueuedConnection);
    }
    if (event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT)
        return TRUE;
    // CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT: Windows ends the process as soon
    // as this returns. Wait instead: main() returns 0 once the drain is over, which ends the
    // process and this thread with it (or Windows ends it after its own time-out).
    Sleep(INFINITE);
    return TRUE;
}
#endif

/// "HOST:PORT" (a name, an IPv4 address or a bracketed IPv6 one) as an address and a port;
/// an error saying what is wrong with \p what (the option or variable) otherwise.
std::optional<QString> parseHostPort(const QString &hostPort, const QString &what,
                                     QHostAddress &address, quint16 &port)
{
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const int number = colon > 0 ? hostPort.mid(colon + 1).toInt(&portOk) : -1;
    if (!portOk || number < 0 || number > 65535)
        return Tr::tr("%1 must be HOST:PORT, e.g. 127.0.0.1:8080").arg(what);
    port = quint16(number);
    QString host = hostPort.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (address.setAddress(host))
        return std::nullopt;
    const QHostInfo info = QHostInfo::fromName(host);
    if (info.addresses().isEmpty())
        return Tr::tr("cannot resolve the host '%1' of %2").arg(host, what);
    address = info.addresses().first();
    return std::nullopt;
}

QString shownAddress(const QHostAddress &address, quint16 port)
{
    return (address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                : address.toString()) +
           u':' + QString::number(port);
}

int runServe(const QStringList &args)
{
    Command p(
        QStringLiteral("serve"), Tr::tr("--listen HOST:PORT [--store URL] [options]"),
        Tr::tr("Serves the REST API: the management API the dashboard calls, POST /v1/verify "
               "and the forward-auth GET /v1/auth that gateways call, and GET /healthz. Logs a "
               "line per request on standard error. SIGTERM or SIGINT stops accepting, lets "
               "the requests in flight finish, and exits 0."));
    const QCommandLineOption listen =
        p.add({QStringLiteral("listen"),
               Tr::tr("The address and port to listen on, e.g. 127.0.0.1:8080, [::1]:8080 or "
                      "0.0.0.0:8443; port 0 takes a free port (the line 'latchkeyd listening on' "
                      "says which). Required."),
               Tr::tr("HOST:PORT")});
    const QCommandLineOption store = p.add(storeOption());
    const QCommandLineOption tlsCert =
        p.add({QStringLiteral("tls-cert"),
               Tr::tr("Serve HTTPS with this certificate chain (PEM); needs --tls-key. Without "
                      "them, plain HTTP, for a TLS reverse proxy in front."),
               Tr::tr("FILE")});
    const QCommandLineOption tlsKey =
        p.add({QStringLiteral("tls-key"), Tr::tr("The private key (PEM) of --tls-cert."),
               Tr::tr("FILE")});
    const QCommandLineOption scopes = p.add(
        {QStringLiteral("scopes"),
         Tr::tr("A scope catalog (JSON) to use instead of the built-in one."), Tr::tr("FILE")});
    const QCommandLineOption masterKey = p.add(masterKeyOption(
        Tr::tr("The master key that seals webhook signing secrets; created on first use. Back it "
               "up: without it the stored webhook secrets are lost.")));
    const QCommandLineOption logFormat =
        p.add({QStringLiteral("log-format"),
               Tr::tr("The request log's format on standard error: text (a line per request) or "
                      "json (an object per line)."),
               QStringLiteral("text|json"), QStringLiteral("text")});
    const QCommandLineOption loopbackWebhooks = p.add(
        {QStringLiteral("allow-loopback-webhooks"),
         Tr::tr("Let test webhook endpoints be http(s)://localhost or http(s)://127.0.0.1, for "
                "local development; other internal addresses and live endpoints stay "
                "refused.")});
    const QCommandLineOption gateway = p.add(
        {QStringLiteral("gateway"),
         Tr::tr("The gateway in front of GET /v1/auth, which decides the headers read for the "
                "original request: nginx sets X-Original-Method and X-Original-URI, Traefik "
                "and Caddy X-Forwarded-Method and X-Forwarded-Uri. The other family is "
                "ignored."),
         QStringLiteral("nginx|traefik|caddy"), QStringLiteral("nginx")});
    const QCommandLineOption metricsListen = p.add(
        {QStringLiteral("metrics-listen"),
         Tr::tr("Serve GET /metrics, in the Prometheus text format, on a plain HTTP listener of "
                "its own at this address and port (port 0: a free one, said on standard "
                "output). Off by default: without it no listener answers /metrics. Keep it on "
                "loopback or a private network."),
         Tr::tr("HOST:PORT")});
    p.readEnvironment();
    if (auto code = p.parse(args))
        return *code;
    if (!p.isSet(listen))
        return fail(
            kExitUsage,
            Tr::tr("serve needs --listen HOST:PORT (or %1)").arg(Command::environmentName(listen)));
    if (p.isSet(tlsCert) != p.isSet(tlsKey))
        return fail(kExitUsage, Tr::tr("%1 and %2 go together")
                                    .arg(p.isSet(tlsCert) ? p.origin(tlsCert) : p.origin(tlsKey),
                                         p.isSet(tlsCert) ? QStringLiteral("--tls-key")
                                                          : QStringLiteral("--tls-cert")));
    server::ServerOptions options;
    const QString format = p.value(logFormat);
    if (format == QLatin1String("json"))
        options.logFormat = server::ServerOptions::LogFormat::Json;
    else if (format != QLatin1String("text"))
        return fail(kExitUsage, Tr::tr("%1 must be text or json").arg(p.origin(logFormat)));
    if (p.isSet(loopbackWebhooks))
        options.loopbackWebhooks = LoopbackWebhooks::AllowedForTest;
    const QString gatewayName = p.value(gateway);
    if (gatewayName == QLatin1String("traefik"))
        options.gateway = server::ServerOptions::Gateway::Traefik;
    else if (gatewayName == QLatin1String("caddy"))
        options.gateway = server::ServerOptions::Gateway::Caddy;
    else if (gatewayName != QLatin1String("nginx"))
        return fail(kExitUsage,
                    Tr::tr("%1 must be nginx, traefik or caddy").arg(p.origin(gateway)));

    const QString hostPort = p.value(listen);
    QHostAddress address;
    quint16 port = 0;
    if (auto error = parseHostPort(hostPort, p.origin(listen), address, port))
        return fail(kExitUsage, *error);
    QHostAddress metricsAddress;
    quint16 metricsPort = 0;
    if (p.isSet(metricsListen))
        if (auto error = parseHostPort(p.value(metricsListen), p.origin(metricsListen),
                                       metricsAddress, metricsPort))
            return fail(kExitUsage, *error);

    const QString url = p.isSet(store) ? p.value(store) : defaultStoreUrl();
    auto opened = SqlStore::open(url);
    if (!opened.ok())
        return fail(opened.error().status == 400 ? kExitUsage : kExitFailure,
                    opened.error().message);
    std::optional<ScopeCatalog> custom;
    if (p.isSet(scopes)) {
        auto loaded = ScopeCatalog::loadFile(p.value(scopes));
        if (!loaded.ok())
            return fail(kExitFailure, loaded.error().message);
        custom = std::move(*loaded);
    }
    const ScopeCatalog &catalog = custom ? *custom : ScopeCatalog::builtin();
    auto key = crypto::loadOrCreateMasterKey(p.isSet(masterKey) ? p.value(masterKey)
                                                                : defaultMasterKeyFile(url));
    if (!key.ok())
        return fail(kExitFailure, key.error().message);

    server::ApiServer api(**opened, catalog, *key, options);
    crypto::wipe(*key);
    bool tls = false;
    if (p.isSet(tlsCert)) {
        QFile certFile(p.value(tlsCert)), keyFile(p.value(tlsKey));
        if (!certFile.open(QIODevice::ReadOnly))
            return fail(kExitFailure,
                        Tr::tr("cannot read %1 %2: %3")
                            .arg(p.origin(tlsCert), certFile.fileName(), certFile.errorString()));
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(kExitFailure,
                        Tr::tr("cannot read %1 %2: %3")
                            .arg(p.origin(tlsKey), keyFile.fileName(), keyFile.errorString()));
        QByteArray pem = keyFile.readAll();
        QString why;
        const bool ok = api.setTls(certFile.readAll(), pem, &why);
        crypto::wipe(pem);
        if (!ok)
            return fail(kExitFailure, Tr::tr("cannot use --tls-cert and --tls-key: %1").arg(why));
        tls = true;
    }

    QString listenError;
    const quint16 bound = api.listen(address, port, &listenError);
    if (bound == 0)
        return fail(kExitFailure, Tr::tr("cannot listen on %1: %2").arg(hostPort, listenError));
    quint16 metricsBound = 0;
    if (p.isSet(metricsListen)) {
        metricsBound = api.listenMetrics(metricsAddress, metricsPort, &listenError);
        if (metricsBound == 0)
            return fail(kExitFailure, Tr::tr("cannot listen on %1 for the metrics: %2")
                                          .arg(p.value(metricsListen), listenError));
    }

#if defined(Q_OS_UNIX)
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return fail(kExitFailure, Tr::tr("cannot set up signal handling"));
    QSocketNotifier notifier(g_signalFd[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &api, [&] {
        char c;
        [[maybe_unused]] auto n = ::read(g_signalFd[0], &c, 1);
        api.drain();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    signal(SIGPIPE, SIG_IGN);
#elif defined(Q_OS_WIN)
    // Ctrl+C, Ctrl+Break and closing the console drain like SIGINT and SIGTERM; the handler
    // goes before `api` does.
    {
        const std::lock_guard lock(g_drainMutex);
        g_drainTarget = &api;
    }
    const auto stopConsoleEvents = qScopeGuard([] {
        SetConsoleCtrlHandler(onConsoleEvent, FALSE);
        const std::lock_guard lock(g_drainMutex);
        g_drainTarget = nullptr;
    });
    if (!SetConsoleCtrlHandler(onConsoleEvent, TRUE))
        return fail(kExitFailure, Tr::tr("cannot set up signal handling"));
#endif
    QObject::connect(&api, &server::ApiServer::drained, qApp, [] { qApp->exit(kExitOk); });

    // The metrics first: whoever waits for "listening on" has both lines then.
    if (metricsBound != 0)
        say(QStringLiteral("latchkeyd metrics on http://%1/metrics")
                .arg(shownAddress(metricsAddress, metricsBound)));
    say(QStringLiteral("latchkeyd listening on %1://%2")
            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"),
                 shownAddress(address, bound)));
    return QCoreApplication::exec();
}

} // namespace

static int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Latchkey"));
    QCoreApplication::setApplicationName(QStringLiteral("latchkeyd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));

    QStringList args = app.arguments();
    if (args.size() < 2)
        return fail(kExitUsage, Tr::tr("missing command") + u'\n' + usage());
    const QString command = args.at(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        say(QStringLiteral("latchkeyd %1").arg(QCoreApplication::applicationVersion()));
        return kExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        say(usage());
        return kExitOk;
    }
    args.removeAt(1); // the parser sees "latchkeyd --option …"
    if (command == QLatin1String("init"))
        return runInit(args);
    if (command == QLatin1String("serve"))
        return runServe(args);
    if (command == QLatin1String("member"))
        return runMember(args);
    if (command == QLatin1String("passwd"))
        return runPasswd(args);
    if (command == QLatin1String("rekey"))
        return runRekey(args);
    return fail(kExitUsage, Tr::tr("unknown command '%1'").arg(command) + u'\n' + usage());
}

int main(int argc, char **argv)
{
    // Qt reports failures by value; what can still escape is std::bad_alloc. Say so and exit 1
    // (the exit codes latchkeyd --help names) rather than abort.
    try {
        return run(argc, argv);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "latchkeyd: %s\n", e.what());
        return 1;
    }
}
