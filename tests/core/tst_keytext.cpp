// SPDX-License-Identifier: MIT
// Key text: generation, the checksum, the parser's reasons, hashing and display.
#include "core/crypto.h"
#include "core/keytext.h"

#include <QSet>
#include <QTest>

using namespace latchkey;

class TestKeyText : public QObject
{
    Q_OBJECT

private slots:
    void generatedKeysHaveTheSpecShape_data();
    void generatedKeysHaveTheSpecShape();
    void generatedKeysAreUnique();
    void everySingleSubstitutionIsRejected();
    void parserSaysWhatIsWrong_data();
    void parserSaysWhatIsWrong();
    void parseErrorsNeverEchoTheKey();
    void checksumEncodingIsFixedWidth_data();
    void checksumEncodingIsFixedWidth();
    void crc32MatchesReferenceVectors();
    void base62IsUnbiased();
    void hashAndDisplay();
    void constantTimeEquals();
};

void TestKeyText::generatedKeysHaveTheSpecShape_data()
{
    QTest::addColumn<KeyType>("type");
    QTest::addColumn<Environment>("env");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("sk_live") << KeyType::Secret << Environment::Live << "sk_live_";
    QTest::newRow("sk_test") << KeyType::Secret << Environment::Test << "sk_test_";
    QTest::newRow("pk_live") << KeyType::Public << Environment::Live << "pk_live_";
    QTest::newRow("pk_test") << KeyType::Public << Environment::Test << "pk_test_";
}

void TestKeyText::generatedKeysHaveTheSpecShape()
{
    QFETCH(KeyType, type);
    QFETCH(Environment, env);
    QFETCH(QString, prefix);
    const QByteArray key = KeyText::generate(type, env);
    QCOMPARE(key.size(), 44);
    QVERIFY(key.startsWith(prefix.toLatin1()));
    QCOMPARE(KeyText::prefix(type, env), prefix);
    KeyText::Parsed parsed{};
    QCOMPARE(KeyText::check(key, &parsed), KeyText::Problem::None);
    QCOMPARE(parsed.type, type);
    QCOMPARE(parsed.environment, env);
    const QByteArray random = key.mid(8, 30);
    QCOMPARE(key.mid(38), KeyText::encodeChecksum(KeyText::crc32(random)));
}

void TestKeyText::generatedKeysAreUnique()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 10000; ++i)
        seen.insert(KeyText::generate(KeyType::Secret, Environment::Test));
    QCOMPARE(seen.size(), 10000);
}

void TestKeyText::everySingleSubstitutionIsRejected()
{
    // The requirement: for 1 000 generated keys, every single-character substitution
    // in the random part and the checksum is caught by the checksum alone.
    static const QByteArray alphabet =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    qint64 tried = 0;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray key = KeyText::generate(i % 2 ? KeyType::Secret : KeyType::Public,
                                                 i % 3 ? Environment::Test : Environment::Live);
        for (int pos = KeyText::kPrefixLength; pos < KeyText::kLength; ++pos) {
            QByteArray typo = key;
            for (char c : alphabet) {
                if (c == key[pos])
                    continue;
                typo[pos] = c;
                ++tried;
                if (KeyText::check(typo) != KeyText::Problem::BadChecksum)
                    QFAIL(qPrintable(QStringLiteral("substitution at %1 not caught").arg(pos)));
            }
        }
    }
    QCOMPARE(tried, qint64(1000) * 36 * 61);
}

void TestKeyText::parserSaysWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<KeyText::Problem>("problem");
    QTest::addColumn<QString>("messagePart");

    const QByteArray good = KeyText::generate(KeyType::Secret, Environment::Live);
    QByteArray badAlphabet = good;
    badAlphabet[20] = '-';
    QByteArray nul = good;
    nul[20] = '\0';
    QByteArray highBit = good;
    highBit[10] = char(0xC3);
    QByteArray checksum = good;
    checksum[43] = checksum[43] == 'A' ? 'B' : 'A';
    QByteArray overflow = good;
    overflow.replace(38, 6, "zzzzzz"); // 62^6-1 > 2^32: not any CRC32

    QTest::newRow("valid") << good << KeyText::Problem::None << QString();
    QTest::newRow("empty") << QByteArray() << KeyText::Problem::Empty << "empty";
    QTest::newRow("short-prefix") << QByteArray("sk_") << KeyText::Problem::WrongPrefix << "start";
    QTest::newRow("rk_") << QByteArray("rk_live_" + good.mid(8)) << KeyText::Problem::WrongPrefix
                         << "start";
    QTest::newRow("SK_") << QByteArray("SK_live_" + good.mid(8)) << KeyText::Problem::WrongPrefix
                         << "start";
    QTest::newRow("sk_prod_") << QByteArray("sk_prod_" + good.mid(8))
                              << KeyText::Problem::WrongPrefix << "start";
    QTest::newRow("bearer-left-in")
        << QByteArray("Bearer " + good) << KeyText::Problem::WrongPrefix << "start";
    QTest::newRow("truncated") << good.left(43) << KeyText::Problem::WrongLength << "length";
    QTest::newRow("extra-char") << QByteArray(good + "x") << KeyText::Problem::WrongLength
                                << "length";
    QTest::newRow("trailing-newline")
        << QByteArray(good + "\n") << KeyText::Problem::WrongLength << "length";
    QTest::newRow("dash") << badAlphabet << KeyText::Problem::BadAlphabet << "character";
    QTest::newRow("nul-byte") << nul << KeyText::Problem::BadAlphabet << "character";
    QTest::newRow("utf8") << highBit << KeyText::Problem::BadAlphabet << "character";
    QTest::newRow("checksum") << checksum << KeyText::Problem::BadChecksum << "checksum";
    QTest::newRow("checksum-overflow") << overflow << KeyText::Problem::BadChecksum << "checksum";
    QTest::newRow("test-prefix-on-live-body")
        << QByteArray("sk_test_" + good.mid(8)) << KeyText::Problem::None << QString();
}

void TestKeyText::parserSaysWhatIsWrong()
{
    QFETCH(QByteArray, text);
    QFETCH(KeyText::Problem, problem);
    QFETCH(QString, messagePart);
    QCOMPARE(KeyText::check(text), problem);
    const auto parsed = KeyText::parse(text);
    QCOMPARE(parsed.ok(), problem == KeyText::Problem::None);
    if (!parsed.ok()) {
        QCOMPARE(parsed.error().status, 401);
        QCOMPARE(parsed.error().code, QStringLiteral("invalid_api_key"));
        QVERIFY2(parsed.error().message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(parsed.error().message));
    }
}

void TestKeyText::parseErrorsNeverEchoTheKey()
{
    QByteArray key = KeyText::generate(KeyType::Secret, Environment::Live);
    key[40] = key[40] == 'a' ? 'b' : 'a';
    const auto parsed = KeyText::parse(key);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().message.contains(QString::fromLatin1(key.mid(8, 30))));
    QVERIFY(!parsed.error().message.contains(QString::fromLatin1(key.mid(8, 8))));
}

void TestKeyText::checksumEncodingIsFixedWidth_data()
{
    QTest::addColumn<quint32>("crc");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("zero") << 0u << QByteArray("000000");
    QTest::newRow("one") << 1u << QByteArray("000001");
    QTest::newRow("61") << 61u << QByteArray("00000z");
    QTest::newRow("62") << 62u << QByteArray("000010");
    QTest::newRow("max") << 0xFFFFFFFFu << QByteArray("4gfFC3");
}

void TestKeyText::checksumEncodingIsFixedWidth()
{
    QFETCH(quint32, crc);
    QFETCH(QByteArray, encoded);
    QCOMPARE(KeyText::encodeChecksum(crc), encoded);
}

void TestKeyText::crc32MatchesReferenceVectors()
{
    QCOMPARE(KeyText::crc32(""), 0u);
    QCOMPARE(KeyText::crc32("123456789"), 0xCBF43926u); // the standard check value
    QCOMPARE(KeyText::crc32("The quick brown fox jumps over the lazy dog"), 0x414FA339u);
}

void TestKeyText::base62IsUnbiased()
{
    // 620 000 characters: each of the 62 symbols expected 10 000 times. A modulo-biased
    // generator (byte % 62) would give the first 8 symbols ~10 300 on average; allow ±4.5 %.
    const QByteArray sample = crypto::randomBase62(620000);
    QHash<char, int> counts;
    for (char c : sample)
        ++counts[c];
    QCOMPARE(counts.size(), 62);
    int firstEight = 0;
    for (char c : QByteArray("01234567"))
        firstEight += counts.value(c);
    QVERIFY2(qAbs(firstEight / 8 - 10000) < 250, qPrintable(QString::number(firstEight / 8)));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(qAbs(it.value() - 10000) < 450, qPrintable(QString::number(it.value())));
}

void TestKeyText::hashAndDisplay()
{
    const QByteArray key = KeyText::generate(KeyType::Secret, Environment::Live);
    const QByteArray hash = KeyText::hash(key);
    QCOMPARE(hash.size(), 32);
    QCOMPARE(hash, crypto::sha256(key));
    QVERIFY(hash != KeyText::hash(KeyText::generate(KeyType::Secret, Environment::Live)));
    QCOMPARE(KeyText::last4(key), QString::fromLatin1(key.right(4)));
    QCOMPARE(KeyText::displayForm(QStringLiteral("sk_live_"), QStringLiteral("x7Qa")),
             QString::fromUtf8("sk_live_\u2026x7Qa"));
    // SHA-256 of "abc" (FIPS 180-2 vector)
    QCOMPARE(crypto::sha256("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestKeyText::constantTimeEquals()
{
    QVERIFY(crypto::constantTimeEquals("abc", "abc"));
    QVERIFY(!crypto::constantTimeEquals("abc", "abd"));
    QVERIFY(!crypto::constantTimeEquals("abc", "abcd"));
    QVERIFY(crypto::constantTimeEquals("", ""));
}

QTEST_GUILESS_MAIN(TestKeyText)
#include "tst_keytext.moc"
