// SPDX-License-Identifier: MIT
#pragma once
// A throwaway PostgreSQL cluster for one test run: initdb + pg_ctl in a temporary folder, on a
// free loopback port, its unix socket inside that folder, trust authentication for the one
// user "latchkey". Stopped (immediate mode) and removed at the end. As root, initdb refuses to
// run, so the server binaries then run as the "postgres" system user through runuser.
//
// A machine without the PostgreSQL server binaries makes start() fail with the reason: the
// tests that need it must fail, never skip.

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace latchkey::testing {

class PgCluster
{
public:
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/lk-pg-XXXXXX")};
    QString binDir;
    quint16 port = 0;
    QString error; ///< why start() failed
    QString user = QStringLiteral("latchkey");
    bool running = false;

    ~PgCluster() { stop(); }

    /// The folder holding initdb and pg_ctl: $LATCHKEY_PG_BINDIR, else the newest
    /// /usr/lib/postgresql/N/bin, else `pg_config --bindir`, else PATH.
    static QString findBinDir()
    {
        const QString env = QString::fromLocal8Bit(qgetenv("LATCHKEY_PG_BINDIR"));
        if (!env.isEmpty())
            return env;
        QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions) {
            const QString bin = lib.filePath(v + QStringLiteral("/bin"));
            if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() &&
                QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
                return bin;
        }
        QProcess pgConfig;
        pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
        if (pgConfig.waitForFinished(5000) && pgConfig.exitCode() == 0) {
            const QString bin = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
            if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
                return bin;
        }
        const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
    }

    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(port).arg(database);
    }

    bool start()
    {
        if (!dir.isValid())
            return fail(
                QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString()));
        binDir = findBinDir();
        if (binDir.isEmpty() || !QFileInfo(binDir + QStringLiteral("/initdb")).isExecutable() ||
            !QFileInfo(binDir + QStringLiteral("/pg_ctl")).isExecutable() ||
            !QFileInfo(binDir + QStringLiteral("/postgres")).isExecutable())
            return fail(
                QStringLiteral(
                    "the PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found in "
                    "/usr/lib/postgresql/*/bin, pg_config --bindir, PATH or $LATCHKEY_PG_BINDIR: "
                    "install the Debian package 'postgresql' (scripts/install-deps.sh); looked in "
                    "'%1'")
                    .arg(binDir));
        if (::geteuid() == 0) {
            // initdb refuses root: hand the folder to the postgres system user.
            const passwd *pw = ::getpwnam("postgres");
            if (!pw)
                return fail(QStringLiteral("running as root, but there is no 'postgres' system "
                                           "user to run initdb as"));
            if (::chown(QFile::encodeName(dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return fail(QStringLiteral("cannot hand %1 to the postgres user").arg(dir.path()));
            m_asPostgres = true;
        }
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(QStringLiteral("no free loopback port"));
        port = probe.serverPort();
        probe.close();

        QString out;
        if (!runTool(QStringLiteral("initdb"),
                     {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), user,
                      QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                      QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
                     60000, &out))
            return fail(QStringLiteral("initdb failed: %1").arg(out));
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                           "-c synchronous_commit=off -c full_page_writes=off")
                .arg(port)
                .arg(dir.path());
        if (!runTool(QStringLiteral("pg_ctl"),
                     {QStringLiteral("-D"), dataDir(), QStringLiteral("-o"), options,
                      QStringLiteral("-l"), dir.filePath(QStringLiteral("server.log")),
                      QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                      QStringLiteral("start")},
                     70000, &out)) {
            QFile log(dir.filePath(QStringLiteral("server.log")));
            (void)log.open(QIODevice::ReadOnly);
            return fail(QStringLiteral("pg_ctl start failed: %1\n%2")
                            .arg(out, QString::fromLocal8Bit(log.readAll().right(2000))));
        }
        running = true;
        return true;
    }

    void stop()
    {
        if (!running)
            return;
        running = false;
        (void)runTool(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                       QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                      30000, nullptr);
    }

    /// Creates an empty database; false with error set on failure.
    bool createDatabase(const QString &name)
    {
        const QString connection = QStringLiteral("pg-admin-") + QUuid::createUuid().toString();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(port);
            db.setUserName(user);
            db.setDatabaseName(QStringLiteral("postgres"));
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
                if (!ok)
                    error = q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QString serverLog() const
    {
        QFile log(dir.filePath(QStringLiteral("server.log")));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromLocal8Bit(log.readAll().right(4000));
    }

private:
    bool m_asPostgres = false;

    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }

    bool fail(const QString &why)
    {
        error = why;
        return false;
    }

    bool runTool(const QString &tool, const QStringList &args, int timeoutMs, QString *out)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(dir.path());
        const QString exe = binDir + u'/' + tool;
        if (m_asPostgres)
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                QStringLiteral("--"), exe} +
                        args);
        else
            p.start(exe, args);
        if (!p.waitForStarted(10000)) {
            if (out)
                *out = p.errorString();
            return false;
        }
        const bool finished = p.waitForFinished(timeoutMs);
        if (out)
            *out = QString::fromLocal8Bit(p.readAll()).right(2000);
        if (!finished) {
            p.kill();
            p.waitForFinished(5000);
            return false;
        }
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
};

} // namespace latchkey::testing
