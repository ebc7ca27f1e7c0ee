// SPDX-License-Identifier: MIT
// The dashboard follows the system's light or dark mode while it runs: the platform's answer is
// switched at run time, and the open window and dialog change colour and change back.

#include "fixture.h"

#include "ui/colorscheme.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/secretrevealdialog.h"

#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOption>
#include <QTest>

using namespace latchkey;
using Scheme = ui::ColorScheme::Scheme;

class TestColorScheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void palettesAreLightAndDark();
    void followsPlatformAnswerLive();
    void followsPlatformPaletteLive();
    void uncheckedBoxesShowInTheDark();

private:
    /// Lightness of what is drawn at \p at in \p widget (0 black … 255 white).
    static int drawnLightness(QWidget *widget, QPoint at);
    void verifyShown(Scheme scheme);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::Sandbox> m_sandbox;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::SecretRevealDialog> m_reveal;
};

void TestColorScheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestColorScheme::init()
{
    m_sandbox = std::make_unique<test::Sandbox>();
    m_window = std::make_unique<ui::MainWindow>(*m_sandbox->backend);
    m_window->show();
    QTRY_VERIFY(!m_window->workspaceId().isEmpty());
    QTRY_COMPARE(m_sandbox->backend->pending(), 0);
    m_window->messageBar()->showMessage(QStringLiteral("A message"));
    m_reveal = std::make_unique<ui::SecretRevealDialog>(QByteArrayLiteral("sk_test_0123456789"),
                                                        QStringLiteral("Secret"), QString(),
                                                        m_window.get());
    m_reveal->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_reveal.get()));
}

void TestColorScheme::cleanup()
{
    ui::ColorScheme::instance()->setPlatformSchemeOverride(std::nullopt);
    QApplication::setPalette(QPalette());
    QTRY_COMPARE(ui::ColorScheme::instance()->scheme(), Scheme::Light);
    m_reveal.reset();
    m_window.reset();
    QTRY_COMPARE(m_sandbox->backend->pending(), 0);
    m_sandbox.reset();
}

int TestColorScheme::drawnLightness(QWidget *widget, QPoint at)
{
    return widget->grab().toImage().pixelColor(at).lightness();
}

void TestColorScheme::verifyShown(Scheme scheme)
{
    const bool dark = scheme == Scheme::Dark;
    QCOMPARE(ui::ColorScheme::schemeOf(QGuiApplication::palette()), scheme);
    // Top-level widgets hear of the application's palette a moment later than their children.
    QTRY_COMPARE(ui::ColorScheme::schemeOf(m_window->palette()), scheme);
    QTRY_COMPARE(ui::ColorScheme::schemeOf(m_reveal->palette()), scheme);

    // What is drawn, not only what is set: the window, a list, the message bar, the secret.
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("pageNav"));
    QVERIFY(nav);
    const QList<std::pair<QWidget *, QPoint>> probes{
        {m_window.get(), QPoint(m_window->width() - 4, m_window->height() / 2)},
        {nav->viewport(), QPoint(nav->viewport()->width() - 4, nav->viewport()->height() - 4)},
        {m_window->messageBar(), QPoint(4, m_window->messageBar()->height() / 2)},
        {m_reveal->findChild<QLabel *>(QStringLiteral("secretText")), QPoint(3, 3)},
    };
    for (const auto &[widget, at] : probes) {
        const int lightness = drawnLightness(widget, at);
        QVERIFY2(dark ? lightness < 100 : lightness > 180,
                 qPrintable(QStringLiteral("%1 is drawn with lightness %2")
                                .arg(widget->objectName())
                                .arg(lightness)));
    }
}

void TestColorScheme::palettesAreLightAndDark()
{
    for (const Scheme scheme : {Scheme::Light, Scheme::Dark}) {
        const QPalette p = ui::ColorScheme::palette(scheme);
        QCOMPARE(ui::ColorScheme::schemeOf(p), scheme);
        // text stands out from its background in both
        for (const auto &[fore, back] : {std::pair{QPalette::WindowText, QPalette::Window},
                                         std::pair{QPalette::Text, QPalette::Base},
                                         std::pair{QPalette::ButtonText, QPalette::Button}})
            QVERIFY(qAbs(p.color(fore).lightness() - p.color(back).lightness()) > 120);
    }
}

void TestColorScheme::followsPlatformAnswerLive()
{
    ui::ColorScheme *colors = ui::ColorScheme::instance();
    QSignalSpy changed(colors, &ui::ColorScheme::changed);
    verifyShown(Scheme::Light);
    if (QTest::currentTestFailed())
        return;

    colors->setPlatformSchemeOverride(Scheme::Dark); // the system switches to dark mode
    QCOMPARE(colors->scheme(), Scheme::Dark);
    QVERIFY(colors->isDark());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constLast().constFirst().value<Scheme>(), Scheme::Dark);
    verifyShown(Scheme::Dark);
    if (QTest::currentTestFailed())
        return;

    // A new dialog opened in dark mode is dark too.
    ui::SecretRevealDialog late(QByteArrayLiteral("whsec_abc"), QStringLiteral("Late"), QString());
    QCOMPARE(ui::ColorScheme::schemeOf(late.palette()), Scheme::Dark);

    colors->setPlatformSchemeOverride(Scheme::Light); // and back, without a restart
    QCOMPARE(colors->scheme(), Scheme::Light);
    QCOMPARE(changed.count(), 2);
    verifyShown(Scheme::Light);
    QTest::qWait(20); // the palette changes settle without flipping anything again
    QCOMPARE(changed.count(), 2);
}

void TestColorScheme::followsPlatformPaletteLive()
{
    ui::ColorScheme *colors = ui::ColorScheme::instance();
    if (colors->platformScheme())
        QSKIP("this platform says light or dark by itself; its palette alone does not decide");
    // What Qt 6.4 (and a platform that does not say) shows: only the palette changes.
    QSignalSpy changed(colors, &ui::ColorScheme::changed);
    QApplication::setPalette(ui::ColorScheme::palette(Scheme::Dark));
    QTRY_COMPARE(colors->scheme(), Scheme::Dark);
    QCOMPARE(changed.count(), 1);
    verifyShown(Scheme::Dark);
    if (QTest::currentTestFailed())
        return;

    QApplication::setPalette(QPalette()); // the platform's own palette again
    QTRY_COMPARE(colors->scheme(), Scheme::Light);
    QCOMPARE(changed.count(), 2);
    verifyShown(Scheme::Light);
}

/// The spread of lightness that \p element of the application's style draws for an unchecked,
/// enabled box on \p palette's base.
static int checkBoxContrast(QStyle::PrimitiveElement element, const QPalette &palette)
{
    QImage image(24, 24, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Base));
    QStyleOptionButton option;
    option.rect = QRect(4, 4, 16, 16);
    option.palette = palette;
    option.state = QStyle::State_Enabled | QStyle::State_Off;
    {
        QPainter painter(&image);
        QApplication::style()->drawPrimitive(element, &option, &painter);
    }
    int least = 255, most = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const int l = image.pixelColor(x, y).lightness();
            least = qMin(least, l);
            most = qMax(most, l);
        }
    return most - least;
}

void TestColorScheme::uncheckedBoxesShowInTheDark()
{
    // The scope tree's boxes and the form's Expires / Limit to: an unchecked box must be seen
    // on the dark palette as on the light one (Fusion drew its frame a few shades off the box).
    ui::ColorScheme::instance()->setPlatformSchemeOverride(Scheme::Dark);
    QTRY_COMPARE(ui::ColorScheme::instance()->scheme(), Scheme::Dark);
    const QPalette dark = QGuiApplication::palette();
    QCOMPARE(ui::ColorScheme::schemeOf(dark), Scheme::Dark);
    for (const auto element : {QStyle::PE_IndicatorCheckBox, QStyle::PE_IndicatorItemViewItemCheck})
        QVERIFY2(checkBoxContrast(element, dark) > 60,
                 qPrintable(QStringLiteral("element %1 spreads %2 shades")
                                .arg(int(element))
                                .arg(checkBoxContrast(element, dark))));
    ui::ColorScheme::instance()->setPlatformSchemeOverride(Scheme::Light);
    QTRY_COMPARE(ui::ColorScheme::instance()->scheme(), Scheme::Light);
    QVERIFY(checkBoxContrast(QStyle::PE_IndicatorCheckBox, QGuiApplication::palette()) > 60);
}

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
