// SPDX-License-Identifier: MIT
#include "requestlog.h"

#include <cstdio>
#include <utility>

namespace latchkey::server {

namespace {
// Past this much, the log thread is woken at once rather than at its next interval.
constexpr qsizetype kWakeAt = qsizetype(64) * 1024;
// POSIX's smallest PIPE_BUF: a write(2) this size or under is never interleaved with another.
constexpr qsizetype kAtomicWrite = 4096;
} // namespace

RequestLog::RequestLog(Sink sink, std::chrono::milliseconds interval)
    : m_sink(std::move(sink))
    , m_interval(interval)
    , m_thread([this] { run(); })
{}

RequestLog::~RequestLog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    flush();
}

void RequestLog::append(const QByteArray &line)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        m_pending.append(line).append('\n');
        wake = m_pending.size() >= kWakeAt;
    }
    if (wake)
        m_wake.notify_one();
}

void RequestLog::flush()
{
    std::lock_guard write(m_writeMutex);
    QByteArray batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
    }
    if (!batch.isEmpty())
        m_sink(batch);
}

void RequestLog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, m_interval, [this] { return m_stop || m_pending.size() >= kWakeAt; });
        lock.unlock();
        flush();
        lock.lock();
    }
}

void RequestLog::writeToStandardError(const QByteArray &lines)
{
    for (const QByteArrayView piece : pieces(lines, kAtomicWrite))
        fwrite(piece.data(), 1, size_t(piece.size()), stderr);
}

QList<QByteArrayView> RequestLog::pieces(const QByteArray &lines, qsizetype most)
{
    QList<QByteArrayView> out;
    qsizetype from = 0;
    while (from < lines.size()) {
        qsizetype to = lines.size();
        if (to - from > most) {
            // The last whole line that fits, else the one line that does not.
            const qsizetype newline = lines.lastIndexOf('\n', from + most - 1);
            if (newline >= from)
                to = newline + 1;
            else if (const qsizetype end = lines.indexOf('\n', from); end >= 0)
                to = end + 1;
        }
        out.append(QByteArrayView(lines.constData() + from, to - from));
        from = to;
    }
    return out;
}

} // namespace latchkey::server
