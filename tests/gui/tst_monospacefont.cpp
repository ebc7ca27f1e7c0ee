// SPDX-License-Identifier: MIT
// monospaceFont(): whatever font is asked for and whichever fonts this computer has, the font
// given back lines text up character by character, at the size asked for.

#include "fixture.h"

#include "ui/monospacefont.h"

#include <QFontDatabase>
#include <QTest>

using namespace latchkey;

class TestMonospaceFont : public QObject
{
    Q_OBJECT

private slots:
    void advancesAlike_data();
    void advancesAlike();
    void fixedPreferenceIsKept();

private:
    static QString printableAscii();
};

QString TestMonospaceFont::printableAscii()
{
    QString text;
    for (char c = 0x20; c < 0x7f; ++c)
        text += QLatin1Char(c);
    return text;
}

void TestMonospaceFont::advancesAlike_data()
{
    QTest::addColumn<QFont>("preferred");
    QTest::newRow("system fixed") << QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QTest::newRow("system general") << QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    QFont sans(QStringLiteral("DejaVu Sans"), 13);
    QTest::newRow("proportional sans") << sans;
    QFont serif(QStringLiteral("DejaVu Serif"));
    serif.setPixelSize(17);
    QTest::newRow("proportional serif, pixel size") << serif;
    QTest::newRow("Noto Sans Mono (not fixed-pitch to fontconfig)")
        << QFont(QStringLiteral("Noto Sans Mono"), 11);
}

void TestMonospaceFont::advancesAlike()
{
    QFETCH(QFont, preferred);
    const QFont font = ui::monospaceFont(preferred);
    QCOMPARE(test::unevenAdvances(font, printableAscii()), QString());
    QCOMPARE(font.pointSizeF(), preferred.pointSizeF());
    QCOMPARE(font.pixelSize(), preferred.pixelSize());
    QCOMPARE(font.weight(), preferred.weight());
}

void TestMonospaceFont::fixedPreferenceIsKept()
{
    // What the dialogs get is already fixed, so asking again changes nothing.
    const QFont chosen = ui::monospaceFont();
    QCOMPARE(test::unevenAdvances(chosen, printableAscii()), QString());
    QCOMPARE(ui::monospaceFont(chosen), chosen);

    // A proportional font is replaced, not just hinted at.
    const QFont general = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    if (test::unevenAdvances(general, printableAscii()).isEmpty())
        QSKIP("the system's general font is itself fixed-pitch here");
    QVERIFY(QFontInfo(ui::monospaceFont(general)).family() != QFontInfo(general).family());
}

QTEST_MAIN(TestMonospaceFont)
#include "tst_monospacefont.moc"
