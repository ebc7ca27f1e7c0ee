// SPDX-License-Identifier: MIT
// Every translations/*.ts is complete for today's sources. lupdate runs over the dashboard's
// sources (the list translations/translations.cmake gives qt_add_translations) into a
// temporary copy of each .ts, never the tree's file, and the result must have no message that
// is new, unfinished, vanished or malformed (numerus forms, placeholders, accelerators, HTML,
// French spacing). And the shipped scope catalog (resources/scopes.json), which is data that
// lupdate cannot read, is translated too: each of its readable strings is listed for lupdate in
// the "ScopeCatalog" context and has a finished German and French translation.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; ///< "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; ///< one, or the numerus forms
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString label() const
    {
        return QStringLiteral("[%1] \"%2\"%3")
            .arg(context, source,
                 comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message *m = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"context") {
            m = nullptr;
        } else if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name" && !m) {
            context = xml.readElementText();
        } else if (name == u"message") {
            ts.messages.append(Message{});
            m = &ts.messages.last();
            m->context = context;
            m->numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (m && name == u"source") {
            m->source = xml.readElementText();
        } else if (m && name == u"comment") {
            m->comment = xml.readElementText();
        } else if (m && name == u"translation") {
            m->type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m->numerus)
                m->translations = {xml.readElementText()};
        } else if (m && name == u"numerusform") {
            m->translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 is not valid XML: %2 (line %3)")
                       .arg(path, xml.errorString())
                       .arg(xml.lineNumber());
    return ts;
}

// %1..%99, %L1, %n, %Ln: what .arg() and tr()'s numerus fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([0-9]{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(QLatin1Char('%') + it.next().captured(1));
    found.sort();
    return found;
}

int accelerators(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?!&)(?=[^\\s;])"));
    QString t = text;
    t.replace(QLatin1String("&&"), QString());
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;|&#[0-9a-fA-F]+;"));
    t.remove(entity);
    return int(t.count(re));
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z]+)[^<>]*>"));
    QStringList tags;
    for (auto it = re.globalMatch(text); it.hasNext();)
        tags.append(it.next().captured(0).section(QLatin1Char(' '), 0, 0).toLower());
    tags.sort();
    return tags;
}

/// French typography: a no-break space (U+00A0, or the narrow U+202F) before : ; ? ! and
/// inside « ». What is wrong in \p text, or empty.
QStringList frenchSpacing(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("(?:\\S |^ )[:;?!»]|« "));
    static const QRegularExpression none(QStringLiteral("«[^\\s\\x{a0}\\x{202f}]|"
                                                        "[^\\s\\x{a0}\\x{202f}]»"));
    QStringList found;
    for (auto it = plain.globalMatch(text); it.hasNext();)
        found.append(QStringLiteral("an ordinary space in '%1'").arg(it.next().captured(0)));
    for (auto it = none.globalMatch(text); it.hasNext();)
        found.append(QStringLiteral("no space in '%1'").arg(it.next().captured(0)));
    return found;
}

int numerusForms(const QString &language)
{
    // QTranslator's plural rules (Qt's numerus table): how many forms each language has.
    static const QHash<QString, int> forms{
        {QStringLiteral("de"), 2}, {QStringLiteral("fr"), 2}, {QStringLiteral("en"), 2},
        {QStringLiteral("es"), 2}, {QStringLiteral("it"), 2}, {QStringLiteral("nl"), 2},
        {QStringLiteral("pt"), 2}, {QStringLiteral("pl"), 3}, {QStringLiteral("ru"), 3},
        {QStringLiteral("cs"), 3}, {QStringLiteral("uk"), 3}, {QStringLiteral("ja"), 1},
        {QStringLiteral("zh"), 1}, {QStringLiteral("ko"), 1}};
    return forms.value(language.section(QLatin1Char('_'), 0, 0), -1);
}

/// What is wrong with `updated` (lupdate's output) compared with `original` (the .ts in the
/// tree): one line per problem, naming the message.
QStringList problems(const TsFile &original, const TsFile &updated)
{
    QStringList out;
    if (!original.error.isEmpty())
        out.append(original.error);
    if (!updated.error.isEmpty())
        out.append(updated.error);
    QSet<QString> known;
    for (const Message &m : original.messages) {
        known.insert(m.key());
        // lrelease leaves these out, whatever lupdate would make of them now.
        if (m.type == u"vanished" || m.type == u"obsolete")
            out.append(QStringLiteral("marked %1 in the .ts: %2").arg(m.type, m.label()));
    }
    const int forms = numerusForms(updated.language);
    if (forms < 0)
        out.append(QStringLiteral("unknown number of plural forms for language '%1': add it to "
                                  "numerusForms() in tst_translations.cpp")
                       .arg(updated.language));
    for (const Message &m : updated.messages) {
        if (m.type == u"vanished" || m.type == u"obsolete") {
            out.append(QStringLiteral("vanished (no longer in the sources; refresh with "
                                      "update_translations): %1")
                           .arg(m.label()));
            continue;
        }
        if (!known.contains(m.key())) {
            out.append(
                QStringLiteral("missing (new in the sources, not in the .ts): %1").arg(m.label()));
            continue;
        }
        if (m.type == u"unfinished") {
            out.append(QStringLiteral("unfinished: %1").arg(m.label()));
            continue;
        }
        if (m.numerus && forms > 0 && m.translations.size() != forms) {
            out.append(QStringLiteral("has %1 numerus forms, %2 needs %3: %4")
                           .arg(m.translations.size())
                           .arg(updated.language)
                           .arg(forms)
                           .arg(m.label()));
        }
        if (m.translations.isEmpty())
            out.append(QStringLiteral("no translation: %1").arg(m.label()));
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                out.append(QStringLiteral("empty translation: %1").arg(m.label()));
                continue;
            }
            if (placeholders(t) != placeholders(m.source))
                out.append(QStringLiteral("placeholders %1 instead of %2 in \"%3\": %4")
                               .arg(placeholders(t).join(u' '), placeholders(m.source).join(u' '),
                                    t, m.label()));
            if (accelerators(t) != accelerators(m.source))
                out.append(QStringLiteral("%1 accelerators (&) instead of %2 in \"%3\": %4")
                               .arg(accelerators(t))
                               .arg(accelerators(m.source))
                               .arg(t, m.label()));
            if (updated.language.startsWith(QLatin1String("fr")))
                for (const QString &f : frenchSpacing(t))
                    out.append(QStringLiteral("French spacing: %1 (U+00A0 before : ; ? ! and "
                                              "inside « ») in \"%2\": %3")
                                   .arg(f, t, m.label()));
            if (htmlTags(t) != htmlTags(m.source))
                out.append(
                    QStringLiteral("HTML tags %1 instead of %2 in \"%3\": %4")
                        .arg(htmlTags(t).join(u' '), htmlTags(m.source).join(u' '), t, m.label()));
        }
    }
    return out;
}

/// The translation context of the scope catalog's text (models/scopecatalogtext.h).
constexpr char kCatalogContext[] = "ScopeCatalog";

/// Every string of a scope catalog that a person reads: all string values but the identifiers
/// (a service's "id", an action's "action", a management scope's "scope"), so a readable field
/// added to the format is covered too.
void collectReadable(const QJsonValue &v, const QString &key, QStringList &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectReadable(it.value(), it.key(), out);
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectReadable(e, key, out);
    } else if (v.isString() && key != u"id" && key != u"action" && key != u"scope") {
        out.append(v.toString());
    }
}

/// Which of the catalog's \p texts the .ts (lupdate's output over today's sources) lacks or
/// leaves untranslated.
QStringList catalogProblems(const QStringList &texts, const TsFile &ts)
{
    QHash<QString, const Message *> bySource;
    for (const Message &m : ts.messages)
        if (m.context == QLatin1String(kCatalogContext) && m.comment.isEmpty())
            bySource.insert(m.source, &m);
    QStringList out;
    for (const QString &text : texts) {
        const Message *m = bySource.value(text);
        if (!m || m->type == u"vanished" || m->type == u"obsolete")
            out.append(QStringLiteral("not listed for translation (add QT_TRANSLATE_NOOP(\"%1\", "
                                      "…) to models/scopecatalogtext.cpp): \"%2\"")
                           .arg(QLatin1String(kCatalogContext), text));
        else if (m->type == u"unfinished" || m->translations.value(0).trimmed().isEmpty())
            out.append(QStringLiteral("not translated into %1: \"%2\"").arg(ts.language, text));
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void complete_data();
    void complete();
    void detectsEveryKindOfProblem();
    void scopeCatalogTranslated_data();
    void scopeCatalogTranslated();

private:
    QString m_lupdate;
    QString m_sources;
    QString m_tsDir;
    /// lupdate over the sources into a copy of `ts` in `dir`; the copy's path, or "" (and a
    /// failure recorded) when lupdate does not run cleanly.
    QString updatedCopy(const QString &ts, const QTemporaryDir &dir);
};

void TestTranslations::initTestCase()
{
    m_lupdate = qEnvironmentVariable("LATCHKEY_LUPDATE");
    QVERIFY2(!m_lupdate.isEmpty() && QFileInfo(m_lupdate).isExecutable(),
             qPrintable(QStringLiteral("lupdate not found (LATCHKEY_LUPDATE='%1'); install "
                                       "qt6-l10n-tools")
                            .arg(m_lupdate)));
    m_sources = qEnvironmentVariable("LATCHKEY_TR_SOURCES");
    QVERIFY2(QFileInfo::exists(m_sources),
             qPrintable(QStringLiteral("source list '%1' missing").arg(m_sources)));
    QFile lst(m_sources);
    QVERIFY(lst.open(QIODevice::ReadOnly));
    const QStringList files = QString::fromUtf8(lst.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(files.size() > 20, "the list of translated sources is suspiciously short");
    for (const QString &f : files)
        QVERIFY2(QFileInfo::exists(f),
                 qPrintable(QStringLiteral("%1 is gone: re-run cmake").arg(f)));
    m_tsDir = qEnvironmentVariable("LATCHKEY_SOURCE_DIR") + QStringLiteral("/translations");
}

QString TestTranslations::updatedCopy(const QString &ts, const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QFile::remove(copy);
    if (!QFile::copy(ts, copy)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot copy %1").arg(ts)), __FILE__, __LINE__);
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    // The options of translations/translations.cmake, without -no-obsolete: vanished
    // messages must show up here.
    QStringList args{QStringLiteral("-locations"),   QStringLiteral("none"),
                     QStringLiteral("-no-ui-lines"), u'@' + m_sources,
                     QStringLiteral("-ts"),          copy};
    // English is the source language: its .ts holds only the plural forms.
    if (copy.endsWith(QLatin1String("_en.ts")))
        args.prepend(QStringLiteral("-pluralonly"));
    lupdate.start(m_lupdate, args);
    if (!lupdate.waitForFinished(300000) || lupdate.exitStatus() != QProcess::NormalExit ||
        lupdate.exitCode() != 0) {
        QTest::qFail(
            qPrintable(QStringLiteral("lupdate failed (%1): %2")
                           .arg(lupdate.errorString(), QString::fromLocal8Bit(lupdate.readAll()))),
            __FILE__, __LINE__);
        return {};
    }
    const QString log = QString::fromLocal8Bit(lupdate.readAll());
    // lupdate's own complaints (e.g. tr() in a class without Q_OBJECT) are problems too.
    static const QRegularExpression warning(QStringLiteral("^.*(warning|error).*$"),
                                            QRegularExpression::MultilineOption |
                                                QRegularExpression::CaseInsensitiveOption);
    QStringList warnings;
    for (auto it = warning.globalMatch(log); it.hasNext();)
        warnings.append(it.next().captured(0));
    if (!warnings.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("lupdate warns:\n") + warnings.join(u'\n')),
                     __FILE__, __LINE__);
        return {};
    }
    return copy;
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("ts");
    const QStringList files = QDir(m_tsDir).entryList({QStringLiteral("latchkey_*.ts")});
    for (const char *lang : {"de", "fr", "en"})
        QVERIFY2(
            files.contains(QStringLiteral("latchkey_%1.ts").arg(QLatin1String(lang))),
            qPrintable(
                QStringLiteral("latchkey_%1.ts missing in %2").arg(QLatin1String(lang), m_tsDir)));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QDir(m_tsDir).filePath(f);
}

void TestTranslations::complete()
{
    QFETCH(QString, ts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = updatedCopy(ts, dir);
    if (copy.isEmpty())
        return;
    const TsFile original = readTs(ts);
    const TsFile updated = readTs(copy);
    const bool pluralOnly = ts.endsWith(QLatin1String("_en.ts"));
    QVERIFY2(
        updated.messages.size() > (pluralOnly ? 3 : 100),
        qPrintable(QStringLiteral("lupdate found only %1 messages").arg(updated.messages.size())));
    for (const Message &m : updated.messages)
        QVERIFY2(m.numerus || !pluralOnly, qPrintable(m.label()));
    const QStringList found = problems(original, updated);
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 problem(s); refresh with `cmake --build BUILD "
                                       "--target update_translations`, then translate:\n  %3")
                            .arg(QFileInfo(ts).fileName())
                            .arg(found.size())
                            .arg(found.join(QStringLiteral("\n  ")))));
}

// The checker itself: a damaged copy of the German file must fail on each kind of problem.
void TestTranslations::detectsEveryKindOfProblem()
{
    const QString ts = QDir(m_tsDir).filePath(QStringLiteral("latchkey_de.ts"));
    QFile f(ts);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    auto damage = [&](const QString &from, const QString &to) {
        QVERIFY2(text.contains(from), qPrintable(from));
        text.replace(text.indexOf(from), from.size(), to);
    };
    // 1. unfinished
    damage(QStringLiteral("<translation>Aktivität</translation>"),
           QStringLiteral("<translation type=\"unfinished\"></translation>"));
    // 2. a placeholder lost
    damage(QStringLiteral("<translation>Fehler: %1</translation>"),
           QStringLiteral("<translation>Fehler</translation>"));
    // 3. a numerus form lost (lupdate pads it with an empty one)
    damage(QStringLiteral("<numerusform>%n Schlüssel</numerusform>"), QString());
    // 4. an accelerator lost
    damage(QStringLiteral("<translation>&amp;Passwort:</translation>"),
           QStringLiteral("<translation>Passwort:</translation>"));
    // 5. a message missing (as if its source string were new)
    const QString webhooks = QStringLiteral(
        "<message>\n        <source>Webhooks</source>\n        <translation>Webhooks</translation>"
        "\n    </message>");
    damage(webhooks, QString());
    // 6. a message lrelease would leave out
    damage(QStringLiteral("<translation>Seiten</translation>"),
           QStringLiteral("<translation type=\"vanished\">Seiten</translation>"));
    // 7. a message whose source string is gone (in the first context, whichever it is)
    const QString firstContext =
        QRegularExpression(QStringLiteral("<name>([^<]*)</name>")).match(text).captured(1);
    damage(QStringLiteral("</context>"),
           QStringLiteral("<message><source>A string nobody uses any more</source>"
                          "<translation>Ein Text</translation></message></context>"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString damaged = dir.filePath(QStringLiteral("damaged/latchkey_de.ts"));
    QVERIFY(QDir().mkpath(QFileInfo(damaged).path()));
    QFile out(damaged);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    const QString copy = updatedCopy(damaged, dir);
    QVERIFY(!copy.isEmpty());
    const QStringList found = problems(readTs(damaged), readTs(copy));
    const QString all = found.join(u'\n');
    for (const QString &expected :
         {QStringLiteral("unfinished: [latchkey::ui::MainWindow] \"Activity\""),
          QStringLiteral("placeholders  instead of %1 in \"Fehler\""),
          QStringLiteral("empty translation: [latchkey::ui::KeysPage] \"%n key(s)\""),
          QStringLiteral("0 accelerators (&) instead of 1 in \"Passwort:\""),
          QStringLiteral("missing (new in the sources, not in the .ts): "
                         "[latchkey::ui::MainWindow] \"Webhooks\""),
          QStringLiteral("vanished (no longer in the sources; refresh with "
                         "update_translations): [%1] \"A string nobody uses any more\"")
              .arg(firstContext),
          QStringLiteral("marked vanished in the .ts: [latchkey::ui::MainWindow] \"Pages\"")})
        QVERIFY2(all.contains(expected),
                 qPrintable(QStringLiteral("not reported: %1\nreported:\n%2").arg(expected, all)));
    QCOMPARE(found.size(), 7);

    // French spacing, checked on fr .ts files.
    QCOMPARE(frenchSpacing(QStringLiteral("Erreur\u00a0: %1\u00a0; puis «\u00a0ip\u00a0»\u00a0?"))
                 .size(),
             0);
    QCOMPARE(frenchSpacing(QStringLiteral("Erreur : %1")).size(), 1);
    QCOMPARE(frenchSpacing(QStringLiteral("Erreur\u00a0: a ; b ?")).size(), 2);
    QCOMPARE(frenchSpacing(QStringLiteral("«ip»")).size(), 2);
    QCOMPARE(frenchSpacing(QStringLiteral("'Authorization: Bearer <key>'")).size(), 0);
}

void TestTranslations::scopeCatalogTranslated_data()
{
    QTest::addColumn<QString>("ts");
    for (const char *lang : {"de", "fr"})
        QTest::newRow(lang) << QDir(m_tsDir).filePath(
            QStringLiteral("latchkey_%1.ts").arg(QLatin1String(lang)));
}

// The shipped catalog shows in the dashboard's language: a scope added to resources/scopes.json
// fails here until its text is listed in models/scopecatalogtext.cpp and translated.
void TestTranslations::scopeCatalogTranslated()
{
    QFETCH(QString, ts);
    const QString path =
        qEnvironmentVariable("LATCHKEY_SOURCE_DIR") + QStringLiteral("/resources/scopes.json");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    QStringList texts;
    collectReadable(doc.object(), {}, texts);
    texts.removeDuplicates();
    // Names, descriptions and action descriptions of three services, five management scopes.
    QVERIFY2(texts.size() >= 20 && texts.contains(QStringLiteral("Forms")) &&
                 texts.contains(QStringLiteral("Read the workspace's audit log.")),
             qPrintable(texts.join(u'\n')));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = updatedCopy(ts, dir);
    if (copy.isEmpty())
        return;
    const TsFile updated = readTs(copy);
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
    const QStringList found = catalogProblems(texts, updated);
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 string(s) of %3 would show in English:\n  %4")
                            .arg(QFileInfo(ts).fileName())
                            .arg(found.size())
                            .arg(path, found.join(QStringLiteral("\n  ")))));

    // The check itself: a string nobody listed, and one listed but not translated.
    TsFile damaged = updated;
    for (Message &m : damaged.messages)
        if (m.context == QLatin1String(kCatalogContext) && m.source == u"Forms")
            m.type = QStringLiteral("unfinished");
    const QStringList caught =
        catalogProblems({QStringLiteral("Forms"), QStringLiteral("A scope nobody listed."),
                         QStringLiteral("Read the workspace's audit log.")},
                        damaged);
    QCOMPARE(caught.size(), 2);
    QVERIFY2(caught.at(0).startsWith(QStringLiteral("not translated into")),
             qPrintable(caught.at(0)));
    QVERIFY2(caught.at(1).contains(QStringLiteral("\"A scope nobody listed.\"")) &&
                 caught.at(1).startsWith(QStringLiteral("not listed for translation")),
             qPrintable(caught.at(1)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
