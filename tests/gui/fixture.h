// SPDX-License-Identifier: MIT
#pragma once
// A fresh offline sandbox per test, in its own temporary directory.

#include "client/localbackend.h"
#include "models/keyfilterproxymodel.h"
#include "models/keytablemodel.h"
#include "models/scopetreemodel.h"
#include "ui/createkeydialog.h"
#include "ui/keyspage.h"
#include "ui/mainwindow.h"
#include "ui/secretrevealdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace latchkey::test {

struct Sandbox
{
    QTemporaryDir dir;
    std::unique_ptr<client::LocalBackend> backend;
    QString workspaceId;
    UserRecord owner;

    Sandbox()
    {
        auto opened = client::LocalBackend::open(dir.path());
        if (!opened.ok())
            qFatal("cannot open the sandbox: %s", qPrintable(opened.error().message));
        backend = std::move(opened).value();
        workspaceId = backend->store().workspaces()->constFirst().id;
        owner = **backend->store().userByEmail(
            QString::fromLatin1(client::LocalBackend::kSandboxEmail));
    }

    Actor ownerActor() const
    {
        return Actor::member(owner.id, owner.email, workspaceId, Role::Owner);
    }

    /// Creates a key straight through core's KeyService (for setting up, not for testing).
    ApiKeyRecord makeKey(const QString &name, Environment env = Environment::Test,
                         KeyType type = KeyType::Secret)
    {
        KeyService keys(backend->store(), ScopeCatalog::builtin());
        CreateKeyRequest r;
        r.name = name;
        r.environment = env;
        r.type = type;
        r.scopes = {QStringLiteral("service.forms.submit")};
        if (type == KeyType::Public) {
            r.serviceId = QStringLiteral("forms");
            r.allowedOrigins = {QStringLiteral("https://shop.example.com")};
        }
        auto issued = keys.create(ownerActor(), r);
        if (!issued.ok())
            qFatal("cannot create a key: %s", qPrintable(issued.error().message));
        return issued->key;
    }
};

/// The visible top-level widget (a dialog opened with open()) of that object name, or null.
template<class T = QWidget> T *visibleWindow(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && w->objectName() == objectName)
            if (auto *t = qobject_cast<T *>(w))
                return t;
    return nullptr;
}

/// Creates a secret key named \p name holding service.forms.submit through \p window's
/// Create key dialog, as a user does; the reveal dialog that follows, or null. The scope
/// catalog and the answer may come over the network: up to 10 s each.
inline ui::SecretRevealDialog *createSecretKeyThroughUi(ui::MainWindow &window, const QString &name)
{
    const QString scope = QStringLiteral("service.forms.submit");
    ui::KeysPage *page = window.secretKeysPage();
    auto *create = page->findChild<QPushButton *>(QStringLiteral("createKeyButton"));
    if (!create || !create->isEnabled())
        return nullptr;
    QTest::mouseClick(create, Qt::LeftButton);
    auto *dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog"));
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("keyNameEdit")), name);
    if (!QTest::qWaitFor([&] { return dialog->scopeModel()->itemForScope(scope) != nullptr; },
                         10000))
        return nullptr;
    dialog->scopeModel()->itemForScope(scope)->setCheckState(Qt::Checked);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    ui::SecretRevealDialog *reveal = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            reveal = visibleWindow<ui::SecretRevealDialog>(QStringLiteral("secretRevealDialog"));
            return reveal != nullptr;
        },
        10000);
    return reveal;
}

/// The first row of \p model whose key is named \p name, or -1.
inline int rowOf(const models::KeyTableModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->key(row)->name == name)
            return row;
    return -1;
}

/// Makes \p row of \p page's model (not of its proxy) the current row, with the focus on the
/// table, as a click does.
inline void selectRow(ui::KeysPage *page, int row)
{
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->proxy()->mapFromSource(page->model()->index(row, 0)));
}

/// The characters of \p text (and narrow and wide ones) whose advance in \p font differs from
/// '0''s, and the lines of \p text whose width is not their length in '0's; empty when the text
/// lines up as in a fixed-pitch font. Measured, since QFontInfo::fixedPitch() is false for some
/// monospace families (Noto Sans Mono) and true for fonts substituted by another.
inline QString unevenAdvances(const QFont &font, const QString &text)
{
    const QFontMetricsF metrics(font);
    const qreal one = metrics.horizontalAdvance(QLatin1Char('0'));
    QString uneven;
    for (const QChar c : text + QStringLiteral("iW0_m."))
        if (c != QLatin1Char('\n') && qAbs(metrics.horizontalAdvance(c) - one) > 0.01 &&
            !uneven.contains(c))
            uneven += c;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (qAbs(metrics.horizontalAdvance(line) - one * line.size()) > 0.01 * line.size())
            uneven += QStringLiteral(" [%1]").arg(line);
    return uneven.isEmpty() ? uneven : QFontInfo(font).family() + QStringLiteral(": ") + uneven;
}

/// Interactive widgets below \p root lacking an object name or an accessible name.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool interactive =
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w);
        QWidget *parent = w->parentWidget();
        // Parts Qt builds inside composite widgets carry their owner's name.
        if (!interactive || w->inherits("QTabBar") || parent->inherits("QTabBar") ||
            w->inherits("QToolBarExtension") || parent->inherits("QAbstractItemView") ||
            parent->inherits("QComboBox") || w->inherits("QComboBoxListView") ||
            parent->inherits("QLineEdit") || parent->inherits("QAbstractSpinBox") ||
            w->inherits("QCalendarWidget") || parent->inherits("QCalendarWidget") ||
            w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
            missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(':') +
                           w->objectName();
    }
    return missing;
}

} // namespace latchkey::test
