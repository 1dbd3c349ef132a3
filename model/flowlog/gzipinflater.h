// SPDX-License-Identifier: GPL-3.0-or-later
// Inflates a gzip file member by member with ISA-L (Intel's Intelligent Storage Acceleration Library,
// Debian libisal): three times zlib's speed on flow logs (docs/performance.md), the same checks: each
// member's header, its deflate data and its CRC-32 and length are verified before the member ends.
#pragma once

#include <QString>

#include <cstddef>
#include <memory>

struct inflate_state;

namespace vpclens {

class GzipInflater
{
public:
    GzipInflater();
    ~GzipInflater();
    GzipInflater(const GzipInflater &) = delete;
    GzipInflater &operator=(const GzipInflater &) = delete;

    void setInput(const unsigned char *data, std::size_t size);
    std::size_t availableInput() const;

    enum class Result {
        Ok,        // output written, or more input needed
        MemberEnd, // a member ended and passed its checks; the next one starts with the remaining input
        Damaged,   // the data is not gzip or not what its checks say (error())
    };
    Result inflate(char *out, std::size_t capacity, std::size_t &written);
    QString error() const { return m_error; }

private:
    struct StateFree {
        void operator()(inflate_state *s) const noexcept;
    };
    std::unique_ptr<inflate_state, StateFree> m_state;
    QString m_error;
};

} // namespace vpclens
