// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the lines of one flow-log file, whatever its container: gzip (several members, damaged or
// not), plain text, CloudWatch Logs JSON (filter-log-events / get-log-events `events[]`, subscription
// and Firehose payloads `logEvents[]`, gzip or plain, streamed) or create-export-task text
// (`<timestamp> <record>`).
//
// Whatever the file holds, the reader keeps a fixed amount of memory: a line longer than kMaxLine is
// returned cut (lastLineTooLong()) and the rest of it skipped. Every gzip member's CRC and length are
// checked: when a member fails its check (or its deflate data is invalid), the lines from that member
// on are not the file's true content, and verifiedLines() says how many lines came before it.
#pragma once

#include <QString>


#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace vpclens {

class AthenaCsv;
class CloudWatchJson;
class GzipInflater;

class FlowLineReader
{
public:
    // AWS records are a few hundred bytes (ECS ARNs make the longest); anything longer is not one.
    static constexpr std::size_t kMaxLine = 64 * 1024;

    FlowLineReader();
    ~FlowLineReader();
    FlowLineReader(const FlowLineReader &) = delete;
    FlowLineReader &operator=(const FlowLineReader &) = delete;

    // Opens a file. Returns false with a message naming the file (missing, unreadable, Parquet, JSON
    // that holds no CloudWatch Logs events).
    bool open(const QString &path, QString *error);

    // The next line without its newline; false at the end. `terminated` is false for a last line that
    // had no newline, which for a damaged file means the line was cut.
    bool next(std::string_view &line, std::int64_t &lineNumber, bool &terminated);
    // The line next() returned last was longer than kMaxLine: `line` holds its start only.
    bool lastLineTooLong() const { return m_tooLong; }

    bool damaged() const { return !m_damage.isEmpty(); }
    const QString &damage() const { return m_damage; }
    // The decoded data failed a check (a gzip member's CRC or length, invalid deflate data): lines
    // past verifiedLines() are not to be trusted. A file cut short inside a member is damaged but not
    // altered: deflate decodes in order, so what came before the cut is what was written.
    bool altered() const { return m_altered; }
    // Lines that came whole from gzip members whose checks passed (all lines, for plain text).
    std::int64_t verifiedLines() const { return m_verifiedLines; }

    std::int64_t fileSize() const { return m_fileSize; }
    std::int64_t bytesRead() const { return m_rawRead; }
    // The SHA-256 of the whole file's bytes, in hex (reads what next() left unread).
    QString contentHash();
    // True for create-export-task text, where each line starts with an ISO timestamp.
    bool stripsTimestamps() const { return m_stripTimestamp; }

private:
    struct FileClose { void operator()(std::FILE *f) const noexcept { std::fclose(f); } };
    struct HashFree { void operator()(evp_md_ctx_st *c) const noexcept; };
    bool readRaw();
    std::ptrdiff_t decode(char *dst, std::size_t cap); // decoded bytes, -1 at the end; stops at a member's end
    bool fill();                                    // appends to the line buffer; false at the end
    bool fillFromJson();
    void memberVerified();
    void setDamage(const QString &what, bool altered);

    std::unique_ptr<std::FILE, FileClose> m_file;
    std::unique_ptr<evp_md_ctx_st, HashFree> m_hash;
    std::unique_ptr<GzipInflater> m_gzip; // set for gzip input
    std::unique_ptr<CloudWatchJson> m_json; // set for JSON input
    std::unique_ptr<AthenaCsv> m_csv;       // set for Athena's CSV results
    std::string m_csvLine;                  // the line next() returned, as a flow-log line
    std::string m_jsonLines;                // messages decoded, not yet in the line buffer
    std::size_t m_jsonTaken = 0;
    std::unique_ptr<char[]> m_jsonIn;
    // Uninitialised buffers: zero-filling them for every small file showed up in profiles.
    std::unique_ptr<unsigned char[]> m_raw;
    std::size_t m_rawLen = 0, m_rawTaken = 0;
    std::unique_ptr<char[]> m_buf;
    std::size_t m_pos = 0, m_end = 0;
    bool m_eof = false;
    bool m_rawEof = false;
    bool m_inMember = false; // inside a gzip member: running out of input there means damage
    bool m_memberEnded = false;
    bool m_stripTimestamp = false;
    bool m_firstLine = true;
    bool m_tooLong = false;
    bool m_skipping = false; // inside a line that was too long: up to its newline
    bool m_altered = false;
    bool m_jsonDone = false;
    bool m_decodeEnded = false; // after damage: nothing more to decode
    std::int64_t m_line = 0;
    std::int64_t m_verifiedLines = 0;
    std::int64_t m_fileSize = 0;
    std::int64_t m_rawRead = 0;
    QString m_damage;
    QString m_digest;
    QString m_path;
};

} // namespace vpclens
