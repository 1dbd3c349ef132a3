// SPDX-License-Identifier: GPL-3.0-or-later
// A small blocking queue between one producer and one consumer thread, bounded so memory stays flat.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace vpclens {

template <typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t capacity) : m_capacity(capacity) {}

    // Blocks while full; returns false when the queue was closed by the consumer.
    bool push(T value)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_items.size() < m_capacity || m_closed; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(value));
        m_notEmpty.notify_one();
        return true;
    }

    // Blocks while empty; nullopt once finished() was called and everything was taken, or after close().
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_items.empty() || m_finished || m_closed; });
        if (m_items.empty() || m_closed)
            return std::nullopt;
        T value = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return value;
    }

    void finish() // producer: no more items
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }

    void close() // consumer: stop the producer
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<T> m_items;
    std::size_t m_capacity;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace vpclens
