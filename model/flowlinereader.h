// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the lines of one flow-log file, whatever its container: gzip (several members, damaged or
// not), plain text, CloudWatch Logs JSON (filter-log-events / get-log-events `events[]`, subscription
// and Firehose payloads `logEvents[]`, gzip or plain) or create-export-task text (`<timestamp> <record>`).
#pragma once

#include <QString>

#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vpclens {

class FlowLineReader
{
public:
    FlowLineReader();
    ~FlowLineReader();
    FlowLineReader(const FlowLineReader &) = delete;
    FlowLineReader &operator=(const FlowLineReader &) = delete;

    // Opens a file. Returns false with a message naming the file (missing, unreadable, Parquet, bad JSON).
    bool open(const QString &path, QString *error);

    // The next line without its newline; false at the end. `terminated` is false for a last line that
    // had no newline, which for a damaged file means the line was cut.
    bool next(std::string_view &line, std::int64_t &lineNumber, bool &terminated);

    bool damaged() const { return !m_damage.isEmpty(); }
    const QString &damage() const { return m_damage; }
    std::int64_t fileSize() const { return m_fileSize; }
    std::int64_t bytesRead() const { return m_rawRead; }
    // "<crc32 of the file's bytes>-<size>": with the size, identifies identical files.
    QString contentHash() const;
    // True for create-export-task text, where each line starts with an ISO timestamp.
    bool stripsTimestamps() const { return m_stripTimestamp; }

private:
    struct FileClose { void operator()(std::FILE *f) const noexcept { std::fclose(f); } };
    bool fill(); // appends decoded bytes to the buffer; false at the end of input
    bool readRaw();
    bool loadJson(const QString &path, QString *error);

    std::unique_ptr<std::FILE, FileClose> m_file;
    std::unique_ptr<z_stream> m_zs; // set for gzip input
    bool m_zsInit = false;
    // Uninitialised buffers: zero-filling them for every small file showed up in profiles.
    std::unique_ptr<unsigned char[]> m_raw;
    std::size_t m_rawCap = 0, m_rawLen = 0;
    std::unique_ptr<char[]> m_buf;
    std::size_t m_bufCap = 0;
    std::size_t m_pos = 0, m_end = 0;
    bool m_eof = false;
    bool m_inMember = false; // inside a gzip member: running out of input there means damage
    bool m_stripTimestamp = false;
    bool m_firstLine = true;
    std::int64_t m_line = 0;
    std::int64_t m_fileSize = 0;
    std::int64_t m_rawRead = 0;
    uLong m_crc = 0;
    QString m_damage;
    QString m_path;
};

} // namespace vpclens
