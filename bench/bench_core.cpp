// SPDX-License-Identifier: MIT
// Core benchmarks (Google Benchmark): hot verify against a store of 100 000 keys, and key
// creation per second into SQLite with synchronous=FULL. Figures are printed, not asserted:
// the target is >= 1 000 000 verifications per second on one core, with every verify counted
// in the key's usage (issue 15); counted_ratio checks that each timed verify was counted once.
#include "core/keyservice.h"
#include "core/keytext.h"
#include "core/sqlstore.h"
#include "core/verifier.h"
#include "core/workspaceservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <string>

using namespace latchkey;

namespace {

constexpr int kStoreKeys = 100000;
constexpr int kHotKeys = 1000;          // the working set the benchmark cycles through
constexpr long kVerifyTarget = 1000000; // issue 15: hot verify with usage counting, per core

struct BigStore
{
    QTemporaryDir dir;
    std::unique_ptr<SqlStore> store;
    WorkspaceRecord ws;
    QList<QByteArray> hot; // key texts of the first kHotKeys keys
    std::unique_ptr<Verifier> verifier;

    BigStore()
    {
        auto opened =
            SqlStore::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db")));
        if (!opened.ok())
            qFatal("bench: %s", qPrintable(opened.error().message));
        store = std::move(opened).value();
        WorkspaceService spaces(*store);
        ws = spaces
                 .init(QStringLiteral("Bench"), QStringLiteral("bench@example.com"), {},
                       {QStringLiteral("forms"), QStringLiteral("bookings")})
                 ->workspace;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Straight into the store in one transaction: 100 000 audited creates would measure
        // fsync, not verify.
        (void)store->transaction([&]() -> Status {
            for (int i = 0; i < kStoreKeys; ++i) {
                const bool live = i % 2;
                const QByteArray text = KeyText::generate(
                    KeyType::Secret, live ? Environment::Live : Environment::Test);
                ApiKeyRecord k;
                k.id = QStringLiteral("key_bench%1").arg(i);
                k.workspaceId = ws.id;
                k.environment = live ? Environment::Live : Environment::Test;
                k.name = QStringLiteral("Bench %1").arg(i);
                k.prefix = KeyText::prefix(KeyType::Secret, k.environment);
                k.last4 = KeyText::last4(text);
                k.hash = KeyText::hash(text);
                k.scopes = {QStringLiteral("service.forms.*"),
                            QStringLiteral("service.bookings.read")};
                if (i % 3 == 0)
                    k.ipAllowlist = {QStringLiteral("10.0.0.0/8")};
                k.createdAt = now;
                k.createdBy = QStringLiteral("bench");
                if (Status s = store->insertKey(k); !s.ok())
                    return s;
                if (i < kHotKeys)
                    hot << text;
            }
            return success();
        });
        // Keys without a limit of their own must not hit the default limit in a tight loop.
        verifier = std::make_unique<Verifier>(*store, VerifierOptions{RateLimit{1000000000, 1}});
    }
};

// Allowed verifies of the hot keys as stored, after writing what the verifier counted.
qint64 storedAllowed(BigStore &b)
{
    if (Status s = b.verifier->flushUsage(); !s.ok())
        qFatal("bench: %s", qPrintable(s.error().message));
    qint64 n = 0;
    for (int i = 0; i < kHotKeys; ++i) {
        auto counts = b.store->usage(QStringLiteral("key_bench%1").arg(i), 0);
        if (!counts.ok())
            qFatal("bench: %s", qPrintable(counts.error().message));
        const QList<UsageCount> list = *counts;
        for (const UsageCount &c : list)
            if (c.outcome == usageOutcomeName(UsageOutcome::Allowed))
                n += c.count;
    }
    return n;
}

BigStore &bigStore()
{
    static BigStore s;
    return s;
}

void BM_VerifyHot(benchmark::State &state)
{
    BigStore &b = bigStore();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QByteArray &k : b.hot) // warm the cache: "hot" means seen before
        (void)b.verifier->verify(
            VerifyRequest{k, u"service.forms.submit", {}, u"10.1.2.3", {}, {}, now});
    const qint64 countedBefore = storedAllowed(b);
    qsizetype i = 0;
    qint64 failures = 0;
    for (auto _ : state) {
        VerifyResult r = b.verifier->verify(VerifyRequest{
            b.hot[i], u"service.forms.submit", {}, u"10.1.2.3", u"POST", u"/v1/forms/x", now});
        failures += !r.ok();
        benchmark::DoNotOptimize(r);
        if (++i == b.hot.size())
            i = 0;
    }
    state.counters["verifications/s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["target_ratio"] = benchmark::Counter(
        double(state.iterations()) / double(kVerifyTarget), benchmark::Counter::kIsRate);
    state.counters["failures"] = double(failures);
    // Each allowed verify must have reached the usage counts, once.
    state.counters["counted_ratio"] =
        double(storedAllowed(b) - countedBefore) /
        double(std::max<qint64>(1, qint64(state.iterations()) - failures));
    state.counters["store_keys"] = kStoreKeys;
}
BENCHMARK(BM_VerifyHot)->MinTime(2.0)->UseRealTime();

void BM_VerifyRejectTypo(benchmark::State &state)
{
    // A mistyped key is refused by its checksum, before any look-up.
    BigStore &b = bigStore();
    QByteArray typo = b.hot.first();
    typo[20] = typo[20] == 'a' ? 'b' : 'a';
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto _ : state) {
        VerifyResult r = b.verifier->verify(VerifyRequest{typo, {}, {}, {}, {}, {}, now});
        benchmark::DoNotOptimize(r); // Google Benchmark >= 1.8 wants a modifiable value
    }
    state.counters["verifications/s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_VerifyRejectTypo)->MinTime(1.0)->UseRealTime();

void BM_CreateKey(benchmark::State &state)
{
    // Each create is its own durable transaction (key + audit record, synchronous=FULL).
    QTemporaryDir dir;
    auto opened =
        SqlStore::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("create.db")));
    if (!opened.ok())
        qFatal("bench: %s", qPrintable(opened.error().message));
    auto store = std::move(opened).value();
    WorkspaceService spaces(*store);
    auto init = spaces.init(QStringLiteral("Bench"), QStringLiteral("bench@example.com"), {},
                            {QStringLiteral("forms")});
    KeyService keys(*store, ScopeCatalog::builtin());
    const Actor owner =
        Actor::member(init->owner.id, init->owner.email, init->workspace.id, Role::Owner);
    CreateKeyRequest req;
    req.name = QStringLiteral("bench");
    req.scopes = {QStringLiteral("service.forms.submit")};
    qint64 failures = 0;
    for (auto _ : state) {
        auto issued = keys.create(owner, req);
        failures += !issued.ok();
        benchmark::DoNotOptimize(issued);
    }
    state.counters["creates/s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["failures"] = double(failures);
}
BENCHMARK(BM_CreateKey)->MinTime(2.0)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::AddCustomContext("verify_target",
                                ">= " + std::to_string(kVerifyTarget) +
                                    " verifications/s on one core, every one counted");
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
