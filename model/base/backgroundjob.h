// SPDX-License-Identifier: GPL-3.0-or-later
// The views' background jobs: work runs on a thread pool and its result comes back on the thread of
// the object that asked, unless a newer job of the same kind was asked for since. The work opens its
// own workspace connection (a Workspace belongs to the thread that opened it) and may look at its
// ticket to stop early once it is stale.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace vpclens {

// Numbers the jobs of one kind (the charts, the overlay, ...): a new ticket makes the older ones stale.
class JobGenerations
{
public:
    class Ticket
    {
    public:
        bool stale() const { return m_latest->load() != m_number; } // any thread
        int number() const { return m_number; }

    private:
        friend class JobGenerations;
        Ticket(std::shared_ptr<const std::atomic_int> latest, int number) : m_latest(std::move(latest)), m_number(number) {}
        std::shared_ptr<const std::atomic_int> m_latest;
        int m_number;
    };

    Ticket next() { return Ticket(m_latest, m_latest->fetch_add(1) + 1); } // a new job; the ones before are stale
    Ticket current() const { return Ticket(m_latest, m_latest->load()); }  // another job of the same generation

private:
    std::shared_ptr<std::atomic_int> m_latest = std::make_shared<std::atomic_int>(0);
};

// Runs work() on `pool` and then done(result) on `receiver`'s thread, unless `ticket` went stale in
// between (or the receiver is gone). Returns at once.
template <typename Work, typename Done>
void runInBackground(QObject *receiver, QThreadPool *pool, JobGenerations::Ticket ticket, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(receiver);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, receiver, [watcher, ticket, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if (!ticket.stale())
            done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

} // namespace vpclens
