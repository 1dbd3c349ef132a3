// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlinereader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace vpclens {
namespace {

constexpr std::size_t kChunk = 256 * 1024;

bool looksLikeIsoTimestamp(std::string_view s)
{
    // 2021-03-04T05:06:07.000Z: digits at 0-3, '-' at 4 and 7, 'T' at 10.
    return s.size() > 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[0] >= '0' && s[0] <= '9';
}

// Inflates a whole in-memory gzip buffer (all members); used for gzip'd JSON payloads.
bool gunzipAll(const QByteArray &in, QByteArray &out)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 32) != Z_OK)
        return false;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    char chunk[65536];
    int rc = Z_OK;
    while (rc != Z_STREAM_END || zs.avail_in > 0) {
        if (rc == Z_STREAM_END)
            inflateReset(&zs);
        zs.next_out = reinterpret_cast<Bytef *>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - zs.avail_out));
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        if (rc == Z_OK && zs.avail_in == 0)
            break;
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END;
}

} // namespace

FlowLineReader::FlowLineReader() = default;

FlowLineReader::~FlowLineReader()
{
    if (m_zsInit)
        inflateEnd(m_zs.get());
}

QString FlowLineReader::contentHash() const
{
    return QStringLiteral("%1-%2").arg(qulonglong(m_crc), 8, 16, QLatin1Char('0')).arg(m_fileSize);
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
    m_fileSize = QFileInfo(path).size();
    m_raw.reset(new unsigned char[kChunk]);
    m_rawCap = kChunk;
    m_buf.reset(new char[4 * kChunk]);
    m_bufCap = 4 * kChunk;
    m_crc = crc32(0L, Z_NULL, 0);
    if (!readRaw() && m_rawLen == 0)
        return true; // an empty file has no lines
    const bool gzip = m_rawLen >= 2 && m_raw[0] == 0x1f && m_raw[1] == 0x8b;
    if (m_rawLen >= 4 && std::memcmp(m_raw.get(), "PAR1", 4) == 0) {
        if (error)
            *error = QStringLiteral("%1: Parquet flow logs are not supported (no Parquet library on this system); "
                                    "deliver the flow log as text or convert it").arg(path);
        return false;
    }
    if (gzip) {
        m_zs = std::make_unique<z_stream>();
        std::memset(m_zs.get(), 0, sizeof(z_stream));
        if (inflateInit2(m_zs.get(), 15 + 32) != Z_OK) {
            if (error)
                *error = QStringLiteral("%1: cannot start gzip decoding").arg(path);
            return false;
        }
        m_zsInit = true;
        m_zs->next_in = m_raw.get();
        m_zs->avail_in = uInt(m_rawLen);
    } else {
        std::memcpy(m_buf.get(), m_raw.get(), m_rawLen);
        m_end = m_rawLen;
        m_rawLen = 0;
    }
    // Peek at the first decoded bytes: JSON (CloudWatch) is loaded whole.
    if (m_end == 0)
        fill();
    std::size_t k = 0;
    while (k < m_end && (m_buf[k] == ' ' || m_buf[k] == '\n' || m_buf[k] == '\r' || m_buf[k] == '\t'))
        ++k;
    if (k < m_end && (m_buf[k] == '{' || m_buf[k] == '['))
        return loadJson(path, error);
    return true;
}

bool FlowLineReader::readRaw()
{
    if (!m_file)
        return false;
    const std::size_t n = std::fread(m_raw.get(), 1, m_rawCap, m_file.get());
    m_rawLen = n;
    m_rawRead += std::int64_t(n);
    if (n > 0)
        m_crc = crc32(m_crc, m_raw.get(), uInt(n));
    return n > 0;
}

bool FlowLineReader::fill()
{
    if (m_eof)
        return false;
    // Make room: move the unread tail to the front, grow when one line fills the buffer.
    if (m_pos > 0) {
        std::memmove(m_buf.get(), m_buf.get() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_bufCap) { // one line fills the buffer: grow it
        std::unique_ptr<char[]> bigger(new char[m_bufCap * 2]);
        std::memcpy(bigger.get(), m_buf.get(), m_end);
        m_buf = std::move(bigger);
        m_bufCap *= 2;
    }
    if (!m_zs) {
        const std::size_t n = std::fread(m_buf.get() + m_end, 1, m_bufCap - m_end, m_file.get());
        if (n == 0) {
            m_eof = true;
            return false;
        }
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(m_buf.get() + m_end), uInt(n));
        m_rawRead += std::int64_t(n);
        m_end += n;
        return true;
    }
    const std::size_t before = m_end;
    while (m_end == before) {
        if (m_zs->avail_in == 0) {
            if (!readRaw()) {
                if (m_inMember) // input ended inside a gzip member: the file was cut
                    m_damage = QStringLiteral("%1: the gzip data ends early (truncated file); the records before the damage were kept").arg(m_path);
                m_eof = true;
                return false;
            }
            m_zs->next_in = m_raw.get();
            m_zs->avail_in = uInt(m_rawLen);
        }
        m_zs->next_out = reinterpret_cast<Bytef *>(m_buf.get() + m_end);
        m_zs->avail_out = uInt(m_bufCap - m_end);
        m_inMember = true;
        const int rc = inflate(m_zs.get(), Z_NO_FLUSH);
        m_end = m_bufCap - m_zs->avail_out;
        if (rc == Z_STREAM_END) {
            // Another gzip member may follow (S3 delivery concatenates them).
            m_inMember = false;
            inflateReset(m_zs.get());
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_damage = QStringLiteral("%1: damaged gzip data (%2); the records before the damage were kept")
                           .arg(m_path, QString::fromLatin1(m_zs->msg ? m_zs->msg : "inflate error"));
            m_eof = true;
            return m_end > before;
        }
    }
    return true;
}

bool FlowLineReader::next(std::string_view &line, std::int64_t &lineNumber, bool &terminated)
{
    while (true) {
        const char *start = m_buf.get() + m_pos;
        const void *nl = std::memchr(start, '\n', m_end - m_pos);
        if (nl) {
            const std::size_t len = std::size_t(static_cast<const char *>(nl) - start);
            line = std::string_view(start, len);
            m_pos += len + 1;
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
    if (m_firstLine) {
        m_firstLine = false;
        m_stripTimestamp = looksLikeIsoTimestamp(line);
    }
    if (m_stripTimestamp) {
        const auto sp = line.find(' ');
        if (sp != std::string_view::npos && looksLikeIsoTimestamp(line.substr(0, sp + 1)))
            line.remove_prefix(sp + 1);
    }
    return true;
}

bool FlowLineReader::loadJson(const QString &path, QString *error)
{
    // CloudWatch payloads are small (subscription batches, API pages): read the whole file.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, f.errorString());
        return false;
    }
    QByteArray data = f.readAll();
    m_crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()));
    m_rawRead = data.size();
    if (data.size() >= 2 && uchar(data[0]) == 0x1f && uchar(data[1]) == 0x8b) {
        QByteArray plain;
        gunzipAll(data, plain);
        data = plain;
    }
    // Firehose delivers several payloads back to back: {..}{..}. Split on top-level objects.
    QList<QJsonObject> objects;
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error == QJsonParseError::GarbageAtEnd) {
        qsizetype at = 0;
        while (at < data.size()) {
            QJsonParseError e{};
            int depth = 0;
            qsizetype endAt = at;
            bool inString = false;
            for (qsizetype i = at; i < data.size(); ++i) {
                const char c = data[i];
                if (inString) {
                    if (c == '\\') ++i;
                    else if (c == '"') inString = false;
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{') {
                    ++depth;
                } else if (c == '}' && --depth == 0) {
                    endAt = i + 1;
                    break;
                }
            }
            if (endAt == at)
                break;
            const QJsonDocument part = QJsonDocument::fromJson(data.mid(at, endAt - at), &e);
            if (part.isObject())
                objects.append(part.object());
            at = endAt;
            while (at < data.size() && QChar::fromLatin1(data[at]).isSpace())
                ++at;
        }
    } else if (err.error != QJsonParseError::NoError) {
        if (error) {
            const int lineNo = int(data.left(err.offset).count('\n')) + 1;
            *error = QStringLiteral("%1:%2: invalid JSON: %3").arg(path).arg(lineNo).arg(err.errorString());
        }
        return false;
    } else if (doc.isObject()) {
        objects.append(doc.object());
    }
    std::string lines;
    int events = 0;
    bool cloudWatch = false;
    for (const QJsonObject &o : std::as_const(objects)) {
        cloudWatch = cloudWatch || o.contains(QLatin1String("events")) || o.contains(QLatin1String("logEvents"));
        if (o.value(QLatin1String("messageType")).toString() == QLatin1String("CONTROL_MESSAGE"))
            continue;
        for (const char *key : {"events", "logEvents"}) {
            for (const auto &e : o.value(QLatin1String(key)).toArray()) {
                QByteArray msg = e.toObject().value(QLatin1String("message")).toString().toUtf8();
                msg.replace('\n', ' ');
                lines.append(msg.constData(), std::size_t(msg.size()));
                lines.push_back('\n');
                ++events;
            }
        }
    }
    if (!cloudWatch) {
        if (error)
            *error = QStringLiteral("%1: JSON without CloudWatch Logs events (expected events[] or logEvents[])").arg(path);
        return false;
    }
    if (m_zsInit)
        inflateEnd(m_zs.get());
    m_zsInit = false;
    m_zs.reset();
    m_file.reset();
    m_buf.reset(new char[std::max<std::size_t>(lines.size(), 1)]);
    m_bufCap = std::max<std::size_t>(lines.size(), 1);
    std::memcpy(m_buf.get(), lines.data(), lines.size());
    m_pos = 0;
    m_end = lines.size();
    m_eof = true;
    return true;
}

} // namespace vpclens
