// SPDX-License-Identifier: MIT
// Seeds a store for bench_server.sh: `latchkeyd init`'s workspace (services forms and
// bookings) and COUNT secret test keys written straight through SqlStore in one transaction,
// with no rate limit (as most keys are: never throttled, no X-RateLimit-*), so the success
// path is what the bench measures; and one more key limited to 1 call an hour, for the 429
// path. Prints two key texts on stdout: an unlimited one, then the limited one.
//
//   seed_keys STORE_URL [COUNT=100000]
#include "core/keytext.h"
#include "core/sqlstore.h"
#include "core/workspaceservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <cstdio>

using namespace latchkey;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: seed_keys STORE_URL [COUNT]\n");
        return 2;
    }
    const QString url = QString::fromLocal8Bit(argv[1]);
    const int count = argc > 2 ? QByteArray(argv[2]).toInt() : 100000;
    if (count < 1) {
        std::fprintf(stderr, "seed_keys: COUNT must be at least 1\n");
        return 2;
    }
    QElapsedTimer t;
    t.start();
    auto opened = SqlStore::open(url);
    if (!opened.ok()) {
        std::fprintf(stderr, "seed_keys: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::unique_ptr<SqlStore> store = std::move(opened).value();
    WorkspaceService spaces(*store);
    auto init = spaces.init(QStringLiteral("Bench"), QStringLiteral("bench@example.com"), {},
                            {QStringLiteral("forms"), QStringLiteral("bookings")});
    if (!init.ok()) {
        std::fprintf(stderr, "seed_keys: %s\n", qPrintable(init.error().message));
        return 1;
    }
    const QString ws = init->workspace.id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray printed;
    const Status s = store->transaction([&]() -> Status {
        for (int i = 0; i <= count; ++i) {
            const QByteArray text = KeyText::generate(KeyType::Secret, Environment::Test);
            ApiKeyRecord k;
            k.id = QStringLiteral("key_seed%1").arg(i);
            k.workspaceId = ws;
            k.environment = Environment::Test;
            k.type = KeyType::Secret;
            k.name = QStringLiteral("Seed %1").arg(i);
            k.prefix = KeyText::prefix(KeyType::Secret, Environment::Test);
            k.last4 = KeyText::last4(text);
            k.hash = KeyText::hash(text);
            k.scopes = {QStringLiteral("service.forms.submit"),
                        QStringLiteral("service.bookings.read")};
            if (i == count)
                k.rateLimit = RateLimit{1, 3600};
            k.createdAt = now;
            k.createdBy = QStringLiteral("bench");
            if (Status st = store->insertKey(k); !st.ok())
                return st;
            if (i == count / 2 || i == count)
                printed += text + '\n';
        }
        return success();
    });
    if (!s.ok()) {
        std::fprintf(stderr, "seed_keys: %s\n", qPrintable(s.error().message));
        return 1;
    }
    std::fprintf(stderr, "seed_keys: %d keys into %s in %lld ms\n", count,
                 qPrintable(store->describe()), t.elapsed());
    std::printf("%s", printed.constData());
    return 0;
}
