// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlog/gzipinflater.h"

#include <isa-l/igzip_lib.h>

#include <limits>

namespace vpclens {
namespace {

void start(inflate_state *s)
{
    isal_inflate_init(s);
    s->crc_flag = ISAL_GZIP; // parse the gzip header, verify CRC-32 and length at the member's end
}

// The words zlib uses for the same faults, so that messages read the same whichever library decoded.
const char *reason(int rc)
{
    switch (rc) {
    case ISAL_INCORRECT_CHECKSUM: return "incorrect data check";
    case ISAL_INVALID_WRAPPER: return "incorrect header check";
    case ISAL_UNSUPPORTED_METHOD: return "unknown compression method";
    case ISAL_INVALID_LOOKBACK: return "invalid distance too far back";
    case ISAL_INVALID_SYMBOL: return "invalid code";
    default: return "invalid block";
    }
}

} // namespace

void GzipInflater::StateFree::operator()(inflate_state *s) const noexcept
{
    delete s;
}

GzipInflater::GzipInflater()
    : m_state(new inflate_state{})
{
    start(m_state.get());
}

GzipInflater::~GzipInflater() = default;

void GzipInflater::setInput(const unsigned char *data, std::size_t size)
{
    m_state->next_in = const_cast<unsigned char *>(data);
    m_state->avail_in = std::uint32_t(std::min<std::size_t>(size, std::numeric_limits<std::uint32_t>::max()));
}

std::size_t GzipInflater::availableInput() const
{
    return m_state->avail_in;
}

GzipInflater::Result GzipInflater::inflate(char *out, std::size_t capacity, std::size_t &written)
{
    inflate_state *s = m_state.get();
    s->next_out = reinterpret_cast<unsigned char *>(out);
    s->avail_out = std::uint32_t(std::min<std::size_t>(capacity, std::numeric_limits<std::uint32_t>::max()));
    const std::uint32_t before = s->avail_out;
    const int rc = isal_inflate(s);
    written = before - s->avail_out;
    if (rc < 0) {
        m_error = QString::fromLatin1(reason(rc));
        return Result::Damaged;
    }
    if (s->block_state == ISAL_BLOCK_FINISH) {
        // isal_inflate hands back the whole bytes it read past the member's trailer: the next member
        // starts at next_in.
        unsigned char *next = s->next_in;
        const std::uint32_t left = s->avail_in;
        start(s);
        s->next_in = next;
        s->avail_in = left;
        return Result::MemberEnd;
    }
    return Result::Ok;
}

} // namespace vpclens
