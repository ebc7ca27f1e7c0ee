// SPDX-License-Identifier: MIT
// latchkey: the desktop dashboard (README.md, "The dashboard").
//   latchkey [--sandbox | --server URL] [--data-dir DIR] [--screenshot DIR] [--lang LANG]

#include "client/localbackend.h"
#include "client/restbackend.h"
#include "client/tokenstore.h"
#include "core/crypto.h"
#include "core/keyservice.h"
#include "models/keyfilterproxymodel.h"
#include "models/keytablemodel.h"
#include "models/scopetreemodel.h"
#include "ui/colorscheme.h"
#include "ui/connectdialog.h"
#include "ui/createkeydialog.h"
#include "ui/keyspage.h"
#include "ui/mainwindow.h"
#include "ui/memberspage.h"
#include "ui/messagebar.h"
#include "ui/messagebox.h"
#include "ui/removemembercommand.h"
#include "ui/revokekeycommand.h"
#include "ui/rollkeycommand.h"
#include "ui/secretrevealdialog.h"
#include "ui/setserviceactivecommand.h"
#include "ui/teamdialogs.h"
#include "ui/translations.h"
#include "ui/typedconfirmdialog.h"
#include "ui/webhookdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <cstdio>

using namespace latchkey;

namespace {

void settle(client::Backend &backend)
{
    for (int i = 0; i < 200 && (backend.pending() > 0 || i < 5); ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

// 30 days of calls for "Billing backend", as its key details would show them after a month of
// use: written straight into the sandbox's store, as the served sandbox's verifier would.
void seedUsage(client::Backend &backend, const QString &workspaceId)
{
    auto *local = dynamic_cast<client::LocalBackend *>(&backend);
    if (!local)
        return;
    KeyQuery q;
    q.workspaceId = workspaceId;
    q.nameContains = QStringLiteral("Billing backend");
    auto found = local->store().listKeys(q);
    if (!found.ok() || found->items.isEmpty())
        return;
    const QString id = found->items.constFirst().id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 today = usageDay(now);
    QList<UsageCount> counts;
    for (int i = 0; i < 30; ++i) {
        const qint64 day = today - 29 + i;
        const bool weekend = usageDate(day).dayOfWeek() >= 6;
        // A steady weekday load that grows through the month, quiet weekends, a few refusals.
        const qint64 allowed = (weekend ? 120 : 900) + i * 25 + (i * 37) % 90;
        counts.append({id, day, QStringLiteral("allowed"), allowed});
        if (i % 4 == 1)
            counts.append({id, day, QStringLiteral("ip_not_allowed"), 20 + (i * 13) % 40});
        if (i == 21)
            counts.append({id, day, QStringLiteral("rate_limit_exceeded"), 310});
    }
    (void)local->store().recordUsage({{id, now - 240000, QStringLiteral("203.0.113.24")}}, counts,
                                     std::nullopt);
}

// Demo data so the screenshots show a product in use; only ever in --screenshot mode.
QByteArray seed(client::LocalBackend &backend, QString *workspaceId)
{
    QByteArray revealSecret;
    backend.workspaces(nullptr, [&](Result<QList<WorkspaceView>> r) {
        if (r.ok() && !r->isEmpty())
            *workspaceId = r->constFirst().workspace.id;
    });
    settle(backend);
    if (workspaceId->isEmpty())
        return {};
    KeyQuery q;
    q.workspaceId = *workspaceId;
    q.includeRevoked = true;
    bool empty = false;
    backend.listKeys(*workspaceId, q, nullptr,
                     [&](Result<Page<ApiKeyRecord>> r) { empty = r.ok() && r->items.isEmpty(); });
    settle(backend);
    auto make = [&](const QString &name, Environment env, KeyType type, QStringList scopes,
                    QString service = {}, QStringList origins = {},
                    std::optional<qint64> expiresAt = {}) {
        CreateKeyRequest req;
        req.name = name;
        req.environment = env;
        req.type = type;
        req.scopes = std::move(scopes);
        req.serviceId = std::move(service);
        req.allowedOrigins = std::move(origins);
        req.expiresAt = expiresAt;
        backend.createKey(*workspaceId, req, nullptr, [&](Result<IssuedKey> r) {
            if (r.ok())
                revealSecret = r->secret;
        });
        settle(backend);
    };
    const QString forms = QStringLiteral("service.forms.submit");
    if (empty) {
        make(QStringLiteral("Billing backend"), Environment::Test, KeyType::Secret,
             {QStringLiteral("service.bookings.read"), QStringLiteral("keys.read")});
        make(QStringLiteral("CI smoke tests"), Environment::Test, KeyType::Secret, {forms});
        make(QStringLiteral("Contact form"), Environment::Test, KeyType::Public, {forms},
             QStringLiteral("forms"), {QStringLiteral("https://shop.example.com")});
        make(QStringLiteral("Production API"), Environment::Live, KeyType::Secret,
             {forms, QStringLiteral("service.forms.export")});
        make(QStringLiteral("Storefront widget"), Environment::Live, KeyType::Public, {forms},
             QStringLiteral("forms"), {QStringLiteral("https://*.example.com")});
        // For the attention bar: a key that expires this week, and one made 120 days ago
        // (through core with its clock set back, as a sandbox used for months would have it).
        make(QStringLiteral("Partner sync"), Environment::Test, KeyType::Secret, {forms}, {}, {},
             QDateTime::currentMSecsSinceEpoch() + 3LL * 24 * 3600 * 1000 + 3600LL * 1000);
        if (auto owner = backend.store().userByEmail(
                QString::fromLatin1(client::LocalBackend::kSandboxEmail));
            owner.ok() && owner->has_value()) {
            const qint64 then = QDateTime::currentMSecsSinceEpoch() - 120LL * 24 * 3600 * 1000;
            KeyService past(backend.store(), ScopeCatalog::builtin(), [then] { return then; });
            CreateKeyRequest old;
            old.name = QStringLiteral("Legacy importer");
            old.scopes = {forms};
            (void)past.create(
                Actor::member((*owner)->id, (*owner)->email, *workspaceId, Role::Owner), old);
        }
        // A roll under way: the Rotation column shows which key replaces which.
        backend.listKeys(*workspaceId, q, nullptr, [&](Result<Page<ApiKeyRecord>> r) {
            if (!r.ok())
                return;
            for (const ApiKeyRecord &k : r->items)
                if (k.name == QLatin1String("CI smoke tests"))
                    backend.rollKey(*workspaceId, k.id, qint64(24) * 3600, nullptr,
                                    [](Result<IssuedKey>) {});
        });
        settle(backend);
        seedUsage(backend, *workspaceId);
        backend.createEndpoint(
            *workspaceId, Environment::Test, QStringLiteral("http://localhost:8000/webhooks"),
            QStringLiteral("Local receiver"), nullptr, [](Result<IssuedEndpoint>) {});
        settle(backend);
        // A team: a developer who joined, a viewer still invited.
        const QString dana = QStringLiteral("dana@example.com");
        backend.invite(*workspaceId, dana, Role::Developer, nullptr,
                       [&](Result<IssuedInvitation> r) {
                           if (r.ok())
                               backend.acceptInvitation(r->token, dana,
                                                        QStringLiteral("correct horse battery"),
                                                        nullptr, [](Result<Done>) {});
                       });
        settle(backend);
        backend.invite(*workspaceId, QStringLiteral("victor@example.com"), Role::Viewer, nullptr,
                       [](Result<IssuedInvitation>) {});
        settle(backend);
    }
    make(QStringLiteral("Screenshot key"), Environment::Test, KeyType::Secret, {forms});
    return revealSecret;
}

std::optional<ApiKeyRecord> firstKey(client::Backend &backend, const QString &workspaceId,
                                     KeyType type)
{
    KeyQuery q;
    q.workspaceId = workspaceId;
    q.type = type;
    q.limit = 1;
    std::optional<ApiKeyRecord> found;
    backend.listKeys(workspaceId, q, nullptr, [&](Result<Page<ApiKeyRecord>> r) {
        if (r.ok() && !r->items.isEmpty())
            found = r->items.constFirst();
    });
    settle(backend);
    return found;
}

void selectKey(ui::MainWindow &window, const QString &name)
{
    auto *page = window.findChild<ui::KeysPage *>(QStringLiteral("secretKeysPage"));
    if (!page)
        return;
    for (int row = 0; row < page->proxy()->rowCount(); ++row) {
        const QModelIndex index = page->proxy()->index(row, models::KeyTableModel::NameColumn);
        if (index.data().toString() == name)
            page->view()->setCurrentIndex(index);
    }
}

bool save(QWidget *w, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path)) {
        std::fprintf(stderr, "latchkey: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

int screenshots(client::LocalBackend &backend, const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "latchkey: cannot create %s\n", qPrintable(dir));
        return 1;
    }
    // The dashboard's settings (the sandbox's last port, the servers signed in to) stay out of
    // the screenshots, and serving the sandbox for one does not change them.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QString ws;
    QByteArray secret = seed(backend, &ws);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    bool ok = true;
    using Scheme = ui::ColorScheme::Scheme;
    for (const auto &[theme, scheme] : {std::pair{QStringLiteral("light"), Scheme::Light},
                                        std::pair{QStringLiteral("dark"), Scheme::Dark}}) {
        // As if the system were in that mode, whatever this computer's is.
        ui::ColorScheme::instance()->setPlatformSchemeOverride(scheme);
        ui::MainWindow window(backend);
        window.resize(1200, 760);
        window.show();
        settle(backend);
        const char *tabs[] = {"apikeys", "publickeys", "webhooks", "scopes", "activity"};
        for (int i = 0; i < 5; ++i) {
            window.tabs()->setCurrentIndex(i);
            settle(backend);
            if (i == 0) // a key selected: its details and usage under the table
                selectKey(window, QStringLiteral("Billing backend"));
            settle(backend);
            ok &=
                save(&window, dir, QStringLiteral("main-%1-%2").arg(QLatin1String(tabs[i]), theme));
        }
        {
            // Webhooks after Send test event (nothing listens on the demo receiver's port).
            window.tabs()->setCurrentIndex(ui::MainWindow::WebhooksTab);
            auto *endpoints = window.findChild<QTableView *>(QStringLiteral("endpointTable"));
            endpoints->setCurrentIndex(endpoints->model()->index(0, 0));
            window.findChild<QPushButton *>(QStringLiteral("sendTestEventButton"))->click();
            QDeadlineTimer answered(10000);
            while (window.messageBar()->text().endsWith(QStringLiteral("…")) &&
                   !answered.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            ok &= save(&window, dir, QStringLiteral("main-webhooks-test-%1").arg(theme));
            window.tabs()->setCurrentIndex(ui::MainWindow::SecretKeysTab);
        }
        {
            // A first start: an empty sandbox invites its first key.
            QTemporaryDir emptyDir;
            if (auto empty = client::LocalBackend::open(emptyDir.path()); empty.ok()) {
                ui::MainWindow first(**empty);
                first.resize(1200, 760);
                first.show();
                settle(**empty);
                ok &= save(&first, dir, QStringLiteral("main-first-start-%1").arg(theme));
            }
        }
        window.pages()->setCurrentRow(ui::MainWindow::FirstServicePage);
        ok &= save(&window, dir, QStringLiteral("main-service-%1").arg(theme));
        window.pages()->setCurrentRow(ui::MainWindow::MembersPageIndex);
        settle(backend);
        ok &= save(&window, dir, QStringLiteral("main-members-%1").arg(theme));
        window.pages()->setCurrentRow(ui::MainWindow::DevelopersPage);
        window.setEnvironment(Environment::Live);
        window.tabs()->setCurrentIndex(0);
        settle(backend);
        ok &= save(&window, dir, QStringLiteral("main-live-%1").arg(theme));
        window.setEnvironment(Environment::Test);
        settle(backend);
        {
            // Serve sandbox on 127.0.0.1: what it says, in the bar and the status bar; then
            // the same button stops it.
            window.tabs()->setCurrentIndex(ui::MainWindow::SecretKeysTab);
            window.serveLocally();
            settle(backend);
            ok &= save(&window, dir, QStringLiteral("main-served-%1").arg(theme));
            window.serveLocally();
            settle(backend);
            window.messageBar()->hide();
        }
        {
            // Rotate secret… on an endpoint of a sandbox of its own, so the demo endpoint keeps
            // one secret in every screenshot: the reveal says until when the old one signs.
            QTemporaryDir otherDir;
            if (auto other = client::LocalBackend::open(otherDir.path()); other.ok()) {
                QString otherWs;
                (*other)->workspaces(nullptr, [&](Result<QList<WorkspaceView>> r) {
                    if (r.ok() && !r->isEmpty())
                        otherWs = r->constFirst().workspace.id;
                });
                settle(**other);
                (*other)->createEndpoint(
                    otherWs, Environment::Test, QStringLiteral("http://localhost:8000/webhooks"),
                    QStringLiteral("Local receiver"), nullptr, [](Result<IssuedEndpoint>) {});
                settle(**other);
                ui::MainWindow rotating(**other);
                rotating.resize(1200, 760);
                rotating.show();
                settle(**other);
                rotating.tabs()->setCurrentIndex(ui::MainWindow::WebhooksTab);
                settle(**other);
                auto *endpoints = rotating.findChild<QTableView *>(QStringLiteral("endpointTable"));
                endpoints->setCurrentIndex(endpoints->model()->index(0, 0));
                ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
                rotating.findChild<QPushButton *>(QStringLiteral("rotateSecretButton"))->click();
                settle(**other);
                if (auto *d = rotating.findChild<QDialog *>(QStringLiteral("secretRevealDialog"))) {
                    ok &= save(d, dir, QStringLiteral("dialog-rotate-secret-%1").arg(theme));
                    d->findChild<QPushButton *>(QStringLiteral("copySecretButton"))->click();
                    d->accept();
                } else {
                    std::fprintf(stderr, "latchkey: no reveal after Rotate secret\n");
                    ok = false;
                }
            }
        }

        ui::CreateKeyDialog::Context ctx;
        ctx.workspaceId = ws;
        ctx.role = Role::Developer;
        ctx.environment = Environment::Test;
        ctx.services = {QStringLiteral("forms"), QStringLiteral("bookings")};
        ctx.catalog = ScopeCatalog::builtin();
        {
            ui::CreateKeyDialog d(backend, KeyType::Secret, ctx, &window);
            d.findChild<QLineEdit *>(QStringLiteral("keyNameEdit"))
                ->setText(QStringLiteral("Billing backend"));
            d.scopeModel()
                ->itemForScope(QStringLiteral("service.bookings.read"))
                ->setCheckState(Qt::Checked);
            d.findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"))->setChecked(true);
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-create-secret-%1").arg(theme));
        }
        {
            // Every error beside its field, all at once.
            ui::CreateKeyDialog d(backend, KeyType::Secret, ctx, &window);
            d.findChild<QPlainTextEdit *>(QStringLiteral("ipAllowlistEdit"))
                ->setPlainText(QStringLiteral("10.0.0.300"));
            d.findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"))->setChecked(true);
            d.findChild<QSpinBox *>(QStringLiteral("rateLimitSpin"))->setValue(0);
            d.show();
            d.findChild<QPushButton *>(QStringLiteral("createButton"))->click();
            ok &= save(&d, dir, QStringLiteral("dialog-create-errors-%1").arg(theme));
        }
        {
            ui::CreateKeyDialog d(backend, KeyType::Public, ctx, &window);
            d.findChild<QLineEdit *>(QStringLiteral("keyNameEdit"))
                ->setText(QStringLiteral("Contact form"));
            d.findChild<QLineEdit *>(QStringLiteral("formSlugEdit"))
                ->setText(QStringLiteral("contact-us"));
            d.findChild<QLineEdit *>(QStringLiteral("originEdit"))
                ->setText(QStringLiteral("https://*.example.com"));
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-create-public-%1").arg(theme));
        }
        if (const auto widget = firstKey(backend, ws, KeyType::Public)) {
            ui::CreateKeyDialog d(backend, *widget, ctx, &window);
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-edit-public-%1").arg(theme));
        }
        {
            ui::SecretRevealDialog d(secret, QObject::tr("Your new secret key"),
                                     QObject::tr("Secret key “Screenshot key” is ready. Use it "
                                                 "only on your servers."),
                                     &window);
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-reveal-%1").arg(theme));
        }
        ApiKeyRecord live;
        live.name = QStringLiteral("Production API");
        live.prefix = QStringLiteral("sk_live_");
        live.last4 = QStringLiteral("x7Qa");
        live.environment = Environment::Live;
        {
            ui::RevokeKeyDialog d(live, &window);
            d.findChild<QLineEdit *>(QStringLiteral("revokeConfirmNameEdit"))
                ->setText(QStringLiteral("Production"));
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-revoke-%1").arg(theme));
        }
        {
            ui::RollKeyDialog d(live, &window);
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-roll-%1").arg(theme));
        }
        {
            ui::WebhookDialog d(backend, ws, Environment::Live, &window);
            d.findChild<QLineEdit *>(QStringLiteral("endpointUrlEdit"))
                ->setText(QStringLiteral("http://10.0.0.5/hook"));
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-webhook-%1").arg(theme));
        }
        {
            ui::ConnectDialog d(&window);
            d.findChild<QLineEdit *>(QStringLiteral("emailEdit"))
                ->setText(QStringLiteral("owner@example.com"));
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-connect-%1").arg(theme));
        }
        {
            ui::ConnectDialog d(&window);
            d.setServerUrl(QStringLiteral("https://keys.example.com"));
            d.findChild<QLineEdit *>(QStringLiteral("emailEdit"))
                ->setText(QStringLiteral("dana@example.com"));
            d.findChild<QCheckBox *>(QStringLiteral("invitedCheckBox"))->setChecked(true);
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-connect-invited-%1").arg(theme));
        }
        {
            ui::InviteDialog d(backend, ws,
                               {Role::Owner, Role::Admin, Role::Developer, Role::Viewer}, &window);
            d.findChild<QLineEdit *>(QStringLiteral("inviteEmailEdit"))
                ->setText(QStringLiteral("sam@example.com"));
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-invite-%1").arg(theme));
        }
        {
            // The page's own reveal, for an invitation made here and withdrawn at once.
            auto *members = window.membersPage();
            backend.invite(ws, QStringLiteral("sam@example.com"), Role::Admin, nullptr,
                           [&](Result<IssuedInvitation> r) {
                               if (!r.ok())
                                   return;
                               members->revealInvitation(*r);
                           });
            settle(backend);
            if (auto *d = window.findChild<QDialog *>(QStringLiteral("invitationRevealDialog"))) {
                ok &= save(d, dir, QStringLiteral("dialog-invitation-%1").arg(theme));
                d->findChild<QPushButton *>(QStringLiteral("copySecretButton"))->click();
                d->accept();
            }
        }
        {
            ui::AcceptInvitationDialog d(backend, &window);
            d.findChild<QLineEdit *>(QStringLiteral("invitationEmailEdit"))
                ->setText(QStringLiteral("victor@example.com"));
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-accept-invitation-%1").arg(theme));
        }
        {
            ui::TypedConfirmDialog d(
                ui::RemoveMemberCommand::confirmation(QStringLiteral("dana@example.com"),
                                                      QObject::tr("Sandbox"), false),
                &window);
            d.findChild<QLineEdit *>(QStringLiteral("removeConfirmEdit"))
                ->setText(QStringLiteral("dana@"));
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-remove-member-%1").arg(theme));
        }
        {
            const auto [title, text, action] =
                ui::SetServiceActiveCommand::lapseWarning(QStringLiteral("Forms"));
            std::unique_ptr<QMessageBox> box(
                ui::MessageBox::build(&window, title, text, action, true));
            box->show();
            ok &= save(box.get(), dir, QStringLiteral("dialog-lapse-%1").arg(theme));
        }
        {
            ui::WorkspaceNameDialog d(backend, {}, {}, &window);
            d.findChild<QLineEdit *>(QStringLiteral("workspaceNameEdit"))
                ->setText(QStringLiteral("Acme Payments"));
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-workspace-%1").arg(theme));
        }
        {
            ui::ChangePasswordDialog d(backend, &window);
            d.findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit"))
                ->setText(QStringLiteral("old password"));
            d.findChild<QLineEdit *>(QStringLiteral("newPasswordEdit"))
                ->setText(QStringLiteral("short"));
            d.show();
            ok &= save(&d, dir, QStringLiteral("dialog-password-%1").arg(theme));
        }
        {
            // What a developer sees: the sandbox acting as its developer member.
            backend.actAs(QStringLiteral("dana@example.com"), nullptr, [](Result<Done>) {});
            settle(backend);
            ui::MainWindow developer(backend);
            developer.resize(1200, 760);
            developer.show();
            settle(backend);
            ok &= save(&developer, dir, QStringLiteral("main-developer-%1").arg(theme));
            developer.pages()->setCurrentRow(ui::MainWindow::MembersPageIndex);
            settle(backend);
            ok &= save(&developer, dir, QStringLiteral("main-members-developer-%1").arg(theme));
            backend.actAs(backend.homeEmail(), nullptr, [](Result<Done>) {});
            settle(backend);
        }
    }
    crypto::wipe(secret);
    return ok ? 0 : 1;
}

/// Prints one line when the main window is first exposed, then quits (start-up benchmark).
class FirstExposeProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_seen) {
            m_seen = true;
            std::fprintf(stderr, "latchkey: first window shown\n");
            std::fflush(stderr);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

/// The command line: the same options whether answered with a display or without one.
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption sandbox{
        QStringLiteral("sandbox"), QCoreApplication::translate("main", "Use the offline sandbox.")};
    const QCommandLineOption server{QStringLiteral("server"),
                                    QCoreApplication::translate("main", "Connect to a latchkeyd."),
                                    QStringLiteral("URL")};
    const QCommandLineOption dataDir{
        QStringLiteral("data-dir"), QCoreApplication::translate("main", "The sandbox's directory."),
        QStringLiteral("DIR")};
    const QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render every page and dialog to PNG files and exit."),
        QStringLiteral("DIR")};
    const QCommandLineOption lang = ui::languageOption();

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Latchkey API-key dashboard"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({sandbox, server, dataDir, screenshot, lang});
    }
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Latchkey"));
    QCoreApplication::setApplicationName(QStringLiteral("latchkey"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));
}

/// `latchkey --help` and `--version` print and exit without a display: they are answered
/// before QApplication, which needs one, is made.
void answerWithoutDisplay(int argc, char **argv)
{
    static const QByteArrayList kNoDisplay = {"-h",         "--help", "-?",
                                              "--help-all", "-v",     "--version"};
    bool asked = false;
    for (int i = 1; i < argc; ++i)
        asked = asked || kNoDisplay.contains(QByteArray(argv[i]));
    if (!asked)
        return;
    QCoreApplication core(argc, argv);
    describeApplication();
    ui::installTranslations(core);
    CommandLine line;
    line.parser.process(core); // prints and exits
}

} // namespace

int main(int argc, char **argv)
{
    answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    describeApplication();
    // The id of the installed .desktop file and icon (packaging/): Wayland and the X11 task bar
    // find the window's icon through them; elsewhere the program's own icon stays.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.latchkey.Latchkey"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.latchkey.Latchkey"),
                                                 QApplication::windowIcon()));

    ui::installTranslations(app); // the system's language, for --help; --lang may change it
    CommandLine line;
    QCommandLineParser &parser = line.parser;
    const QCommandLineOption &sandbox = line.sandbox;
    const QCommandLineOption &server = line.server;
    const QCommandLineOption &dataDir = line.dataDir;
    const QCommandLineOption &screenshot = line.screenshot;
    const QCommandLineOption &lang = line.lang;
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "latchkey: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "latchkey: unexpected argument %s\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        return 2;
    }
    if (parser.isSet(sandbox) && parser.isSet(server)) {
        std::fprintf(stderr, "latchkey: --sandbox and --server exclude each other\n");
        return 2;
    }
    // Before any widget is built: widgets translate their texts when they are created.
    if (parser.isSet(lang) && ui::installTranslations(app, parser.value(lang)).isEmpty()) {
        std::fprintf(stderr, "latchkey: no translation for --lang %s; available: %s\n",
                     qPrintable(parser.value(lang)),
                     qPrintable(ui::availableLanguages().join(QStringLiteral(", "))));
        return 2;
    }

    QString dir = parser.value(dataDir);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "latchkey: cannot create %s\n", qPrintable(dir));
        return 1;
    }
    auto backend = client::LocalBackend::open(dir);
    if (!backend.ok()) {
        std::fprintf(stderr, "latchkey: cannot open the sandbox in %s: %s\n", qPrintable(dir),
                     qPrintable(backend.error().message));
        return 1;
    }
    if (parser.isSet(screenshot))
        return screenshots(**backend, parser.value(screenshot));

    // Server mode: sign in (or resume the saved session), then a window on the server replaces
    // the sandbox's. The session token goes to the OS keychain (or stays in memory), never to a
    // file; settings only name the account that signed in last.
    client::TokenStore tokens;
    ui::MainWindow window(**backend);
    std::function<void(ui::MainWindow *)> arm;
    auto goOnline = [&](client::RestBackend *rest) {
        rest->setParent(&app);
        window.stopServing(); // the sandbox goes out of sight: so does its loopback port
        auto *online = new ui::MainWindow(*rest);
        online->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(online, &QObject::destroyed, rest, &QObject::deleteLater);
        arm(online);
        online->setSignOut([&, online, rest] {
            rest->signOut(online, [&, online, rest](Result<Done> r) {
                // The token is forgotten here even when the server could not be told.
                window.show();
                if (r.ok())
                    window.messageBar()->showMessage(
                        QApplication::translate("main", "Signed out of %1.")
                            .arg(rest->server().toDisplayString()));
                else
                    window.messageBar()->showError(
                        QApplication::translate("main",
                                                "Signed out on this computer; the server could "
                                                "not be told: %1")
                            .arg(r.error().message));
                online->close();
            });
        });
        online->show();
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != online && qobject_cast<ui::MainWindow *>(w))
                w->hide();
    };
    arm = [&](ui::MainWindow *from) {
        from->setServerConnector(
            [&, from](const ui::ServerLogin &login, ui::ConnectDone connected) {
                // The dialog shows a refusal itself, keeping what was typed.
                auto done = [&, connected](Result<client::RestBackend *> r) {
                    if (!r.ok())
                        return connected(r.error().message);
                    connected({});
                    goOnline(r.value());
                };
                if (login.invitation.isEmpty())
                    client::RestBackend::signIn(login.url, login.email, login.password, &tokens,
                                                from, done);
                else
                    client::RestBackend::join(login.url, login.invitation, login.email,
                                              login.password, &tokens, from, done);
            });
    };

    arm(&window);
    window.show();
    if (qEnvironmentVariableIsSet("LATCHKEY_STARTUP_PROBE")) {
        // bench/dashboard starts the real binary and times this line.
        auto *probe = new FirstExposeProbe(&app);
        window.windowHandle()->installEventFilter(probe);
    }

    // Resume the last session unless told to stay offline or to use another server.
    const auto same = [](const QUrl &a, const QUrl &b) {
        return a.adjusted(QUrl::StripTrailingSlash) == b.adjusted(QUrl::StripTrailingSlash);
    };
    const QString serverArg = parser.value(server);
    const auto last = client::TokenStore::lastAccount();
    auto askToSignIn = [&](const QString &email) {
        ui::ConnectDialog *dialog = window.connectToServer();
        dialog->setServerUrl(serverArg);
        if (!email.isEmpty())
            dialog->setEmail(email);
    };
    if (!parser.isSet(sandbox) && !parser.isSet(screenshot) && last &&
        (serverArg.isEmpty() || same(QUrl(serverArg), last->server))) {
        window.messageBar()->showMessage(
            QApplication::translate("main", "Resuming your session on %1…")
                .arg(last->server.toDisplayString()));
        client::RestBackend::resume(last->server, last->email, &tokens, &window,
                                    [&, email = last->email](Result<client::RestBackend *> r) {
                                        if (r.ok())
                                            return goOnline(r.value());
                                        // No saved token (no keychain on this computer): just stay
                                        // offline.
                                        if (r.error().status == 404)
                                            window.messageBar()->hide();
                                        else
                                            window.messageBar()->showError(r.error().message);
                                        if (!serverArg.isEmpty())
                                            askToSignIn(email);
                                    });
    } else if (!serverArg.isEmpty()) {
        askToSignIn({});
    }
    return app.exec();
}
