// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlog/flowlinereader.h"

#include "flowlog/athenacsv.h"
#include "flowlog/cloudwatchjson.h"
#include "flowlog/gzipinflater.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace vpclens {
namespace {

constexpr std::size_t kChunk = 256 * 1024;    // raw bytes read at a time
constexpr std::size_t kBuffer = 1024 * 1024;  // decoded lines; always more than kMaxLine
constexpr std::size_t kShownOfLong = 512;     // of a line too long, what next() returns
constexpr std::size_t kJsonProbe = 1024 * 1024; // decoded JSON read at open to find events[]
static_assert(kBuffer > 2 * FlowLineReader::kMaxLine);

bool looksLikeIsoTimestamp(std::string_view s)
{
    // 2021-03-04T05:06:07.000Z: digits at 0-3, '-' at 4 and 7, 'T' at 10.
    return s.size() > 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[0] >= '0' && s[0] <= '9';
}

std::int64_t newlines(const char *p, std::size_t n)
{
    return std::int64_t(std::count(p, p + n, '\n'));
}

// The buffers of the reader that finished last on this thread, for the next: an import reads
// thousands of files one after the other, and 1.25 MiB fresh from the system for each was page
// faults and TLB flushes (most of the time of a small file, and of every fuzzing run).
struct SpareBuffers {
    std::unique_ptr<unsigned char[]> raw;
    std::unique_ptr<char[]> lines;
};
thread_local SpareBuffers spare;

} // namespace

void FlowLineReader::HashFree::operator()(evp_md_ctx_st *c) const noexcept
{
    EVP_MD_CTX_free(c);
}

FlowLineReader::FlowLineReader() = default;

FlowLineReader::~FlowLineReader()
{
    if (!spare.raw)
        spare.raw = std::move(m_raw);
    if (!spare.lines)
        spare.lines = std::move(m_buf);
}

void FlowLineReader::setDamage(const QString &what, bool altered)
{
    if (m_damage.isEmpty())
        m_damage = what;
    m_altered = m_altered || altered;
}

bool FlowLineReader::open(const QString &path, QString *error)
{
    m_path = path;
    m_file.reset(std::fopen(QFile::encodeName(path).constData(), "rb"));
    if (!m_file) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_hash.reset(EVP_MD_CTX_new());
    if (!m_hash || EVP_DigestInit_ex(m_hash.get(), EVP_sha256(), nullptr) != 1) {
        if (error)
            *error = QStringLiteral("%1: cannot start SHA-256").arg(path);
        return false;
    }
    m_fileSize = QFileInfo(path).size();
    m_raw = spare.raw ? std::move(spare.raw) : std::make_unique_for_overwrite<unsigned char[]>(kChunk);
    m_buf = spare.lines ? std::move(spare.lines) : std::make_unique_for_overwrite<char[]>(kBuffer);
    if (!readRaw())
        return true; // an empty file has no lines
    if (m_rawLen >= 4 && std::memcmp(m_raw.get(), "PAR1", 4) == 0) {
        if (error)
            *error = QStringLiteral("%1: Parquet flow logs are not supported (no Parquet library on this system); "
                                    "deliver the flow log as text or convert it").arg(path);
        return false;
    }
    if (m_rawLen >= 2 && m_raw[0] == 0x1f && m_raw[1] == 0x8b) {
        m_gzip = std::make_unique<GzipInflater>();
        m_gzip->setInput(m_raw.get(), m_rawLen);
    }
    // Peek at the first decoded bytes: JSON (CloudWatch) is streamed through its own reader.
    std::ptrdiff_t got = decode(m_buf.get(), kBuffer);
    while (got == 0)
        got = decode(m_buf.get(), kBuffer); // an empty first member
    if (got < 0) {
        m_eof = true;
        return true;
    }
    m_end = std::size_t(got);
    const bool firstMemberEnded = m_memberEnded;
    std::size_t k = 0;
    while (k < m_end && (m_buf[k] == ' ' || m_buf[k] == '\n' || m_buf[k] == '\r' || m_buf[k] == '\t'))
        ++k;
    if (k == m_end || (m_buf[k] != '{' && m_buf[k] != '[')) {
        if (firstMemberEnded)
            memberVerified();
        return true;
    }
    m_json = std::make_unique<CloudWatchJson>();
    m_jsonIn.reset(new char[kChunk]);
    bool ok = m_json->feed(m_buf.get(), m_end, m_jsonLines);
    std::int64_t fed = std::int64_t(m_end);
    m_pos = m_end = 0;
    if (firstMemberEnded)
        memberVerified();
    while (ok && !m_json->sawEvents() && fed < std::int64_t(kJsonProbe)) {
        got = decode(m_jsonIn.get(), kChunk);
        if (got < 0) {
            m_jsonDone = true;
            ok = m_json->finish() || damaged();
            break;
        }
        ok = m_json->feed(m_jsonIn.get(), std::size_t(got), m_jsonLines);
        if (m_memberEnded)
            memberVerified();
        fed += got;
    }
    if (!ok) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(m_json->errorLine()).arg(m_json->error());
        return false;
    }
    if (!m_json->sawEvents()) {
        if (error)
            *error = QStringLiteral("%1: JSON without CloudWatch Logs events (expected events[] or logEvents[])").arg(path);
        return false;
    }
    return true;
}

bool FlowLineReader::readRaw()
{
    if (!m_file || m_rawEof)
        return false;
    const std::size_t n = std::fread(m_raw.get(), 1, kChunk, m_file.get());
    m_rawLen = n;
    m_rawRead += std::int64_t(n);
    if (n == 0) {
        m_rawEof = true;
        return false;
    }
    EVP_DigestUpdate(m_hash.get(), m_raw.get(), n);
    return true;
}

std::ptrdiff_t FlowLineReader::decode(char *dst, std::size_t cap)
{
    if (m_decodeEnded)
        return -1;
    if (!m_gzip) {
        // Plain text: the raw chunk, as it is.
        if (m_rawTaken == m_rawLen) {
            if (!readRaw())
                return -1;
            m_rawTaken = 0;
        }
        const std::size_t n = std::min(cap, m_rawLen - m_rawTaken);
        std::memcpy(dst, m_raw.get() + m_rawTaken, n);
        m_rawTaken += n;
        return std::ptrdiff_t(n);
    }
    while (true) {
        if (m_gzip->availableInput() == 0) {
            if (!readRaw()) {
                if (m_inMember) // input ended inside a gzip member: the file was cut
                    setDamage(QStringLiteral("%1: the gzip data ends early (truncated file); the records before the cut were kept")
                                  .arg(m_path), false);
                return -1;
            }
            m_gzip->setInput(m_raw.get(), m_rawLen);
        }
        m_inMember = true;
        std::size_t n = 0;
        const GzipInflater::Result rc = m_gzip->inflate(dst, cap, n);
        if (rc == GzipInflater::Result::MemberEnd) {
            // The member's CRC-32 and length matched. Another member may follow (S3 delivery concatenates them).
            m_inMember = false;
            m_memberEnded = true;
            return std::ptrdiff_t(n);
        }
        if (rc == GzipInflater::Result::Damaged) {
            setDamage(QStringLiteral("%1: damaged gzip data (%2)").arg(m_path, m_gzip->error()), true);
            m_decodeEnded = true;
            return n > 0 ? std::ptrdiff_t(n) : -1;
        }
        if (n > 0)
            return std::ptrdiff_t(n);
    }
}

void FlowLineReader::memberVerified()
{
    m_memberEnded = false;
    std::int64_t pending = newlines(m_buf.get() + m_pos, m_end - m_pos);
    if (m_json)
        pending += newlines(m_jsonLines.data() + m_jsonTaken, m_jsonLines.size() - m_jsonTaken);
    if (m_skipping && pending > 0)
        --pending; // the newline that ends the line already returned cut
    m_verifiedLines = m_line + pending;
}

bool FlowLineReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) { // move the unread tail to the front
        std::memmove(m_buf.get(), m_buf.get() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_json)
        return fillFromJson();
    while (true) {
        const std::ptrdiff_t got = decode(m_buf.get() + m_end, kBuffer - m_end);
        if (got < 0) {
            m_eof = true;
            return false;
        }
        m_end += std::size_t(got);
        if (m_memberEnded)
            memberVerified();
        if (got > 0)
            return true;
    }
}

bool FlowLineReader::fillFromJson()
{
    while (m_jsonTaken == m_jsonLines.size()) {
        m_jsonLines.clear();
        m_jsonTaken = 0;
        if (m_jsonDone) {
            m_eof = true;
            return false;
        }
        const std::ptrdiff_t got = decode(m_jsonIn.get(), kChunk);
        bool ok = true;
        if (got < 0) {
            m_jsonDone = true;
            ok = m_json->finish() || damaged(); // a cut file is damaged already
        } else {
            ok = m_json->feed(m_jsonIn.get(), std::size_t(got), m_jsonLines);
        }
        if (!ok) {
            m_jsonDone = true;
            setDamage(QStringLiteral("%1:%2: %3; the events before it were kept").arg(m_path).arg(m_json->errorLine()).arg(m_json->error()),
                      false);
        }
        if (m_memberEnded)
            memberVerified();
    }
    const std::size_t n = std::min(kBuffer - m_end, m_jsonLines.size() - m_jsonTaken);
    std::memcpy(m_buf.get() + m_end, m_jsonLines.data() + m_jsonTaken, n);
    m_jsonTaken += n;
    m_end += n;
    return true;
}

bool FlowLineReader::next(std::string_view &line, std::int64_t &lineNumber, bool &terminated)
{
    m_tooLong = false;
    while (true) {
        if (m_skipping) { // the rest of a line too long
            const void *nl = std::memchr(m_buf.get() + m_pos, '\n', m_end - m_pos);
            if (nl) {
                m_pos = std::size_t(static_cast<const char *>(nl) - m_buf.get()) + 1;
                m_skipping = false;
                continue;
            }
            m_pos = m_end;
            if (!fill())
                return false;
            continue;
        }
        const char *start = m_buf.get() + m_pos;
        const std::size_t avail = m_end - m_pos;
        const void *nl = std::memchr(start, '\n', std::min(avail, kMaxLine + 1));
        if (nl) {
            const std::size_t len = std::size_t(static_cast<const char *>(nl) - start);
            line = std::string_view(start, len);
            m_pos += len + 1;
            terminated = true;
            break;
        }
        if (avail > kMaxLine) {
            // Not a record: keep its start to show, skip the rest up to its newline. The view stays
            // valid until the next call (the buffer moves only in fill()).
            line = std::string_view(start, kShownOfLong);
            m_pos = m_end;
            m_skipping = true;
            m_tooLong = true;
            terminated = true;
            break;
        }
        if (!fill()) {
            if (m_pos >= m_end)
                return false;
            line = std::string_view(m_buf.get() + m_pos, m_end - m_pos);
            m_pos = m_end;
            terminated = false;
            break;
        }
    }
    lineNumber = ++m_line;
    bool csvHeader = false;
    if (m_firstLine) {
        m_firstLine = false;
        if (line.starts_with("\xEF\xBB\xBF")) // a byte-order mark, left by editors on Windows
            line.remove_prefix(3);
        m_stripTimestamp = looksLikeIsoTimestamp(line);
        if (AthenaCsv::looksLike(line)) {
            m_csv = std::make_unique<AthenaCsv>();
            csvHeader = m_csv->header(line, m_csvLine);
            if (csvHeader)
                line = m_csvLine;
            else
                m_csv.reset();
        }
    }
    if (m_stripTimestamp) {
        const auto sp = line.find(' ');
        if (sp != std::string_view::npos && looksLikeIsoTimestamp(line.substr(0, sp + 1)))
            line.remove_prefix(sp + 1);
    }
    if (m_csv && !csvHeader && m_csv->row(line, m_csvLine))
        line = m_csvLine;
    if (!m_gzip)
        m_verifiedLines = m_line; // plain text carries no check
    return true;
}

QString FlowLineReader::contentHash()
{
    if (!m_hash)
        return {};
    if (m_digest.isEmpty()) {
        while (readRaw()) {} // the bytes next() did not need
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_hash.get(), digest, &size);
        m_digest = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex());
    }
    return m_digest;
}

} // namespace vpclens
