// SPDX-License-Identifier: GPL-3.0-or-later
// CloudWatch Logs JSON read as a stream: the `message` of every event in the `events[]` (filter-log-events,
// get-log-events) or `logEvents[]` (subscription and Firehose payloads) array of each top-level object,
// one line each. Firehose writes payloads back to back ({..}{..}), so any number of top-level values
// may follow one another. Fed a chunk at a time and holding only the token in flight, it reads a file
// of any size in a fixed amount of memory (a whole-document parser took 7.6 GiB for 5.4 MB of gzip).
#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace vpclens {

class CloudWatchJson
{
public:
    // A message is cut after this many bytes (a flow-log record is far shorter); the cut line is then
    // longer than any reader accepts, so it is reported as too long instead of parsed.
    static constexpr std::size_t kMaxMessage = 64 * 1024 + 1;
    static constexpr int kMaxDepth = 64;

    // Appends the messages completed in this chunk to `lines`, each ending in '\n'. False once the
    // input is not JSON (error() says where).
    bool feed(const char *data, std::size_t size, std::string &lines);
    // At the end of input: false if a value was left open.
    bool finish();

    const QString &error() const { return m_error; } // "invalid JSON: ..."
    std::int64_t errorLine() const { return m_errorLine; }
    bool sawEvents() const { return m_sawEvents; }       // an events[] or logEvents[] array was met
    std::int64_t messages() const { return m_messages; }

private:
    enum class Ctx : std::uint8_t { Object, Array };
    enum class State : std::uint8_t { Value, Key, Colon, Comma, String, Escape, Unicode, Bare };
    bool fail(const char *what);
    void endValue();
    void appendCodePoint(char32_t c);

    struct Level {
        Ctx ctx;
        bool events; // the array under "events" / "logEvents" of a top-level object
    };
    std::vector<Level> m_stack;
    State m_state = State::Value;
    bool m_stringIsKey = false;
    bool m_keep = false;    // the string in flight is a message to keep
    std::string m_key;      // the last key of the innermost object (cut at 16 bytes)
    std::string m_message;
    char32_t m_unicode = 0;
    char32_t m_highSurrogate = 0;
    int m_unicodeDigits = 0;
    std::int64_t m_line = 1;
    std::int64_t m_errorLine = 0;
    std::int64_t m_messages = 0;
    bool m_sawEvents = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace vpclens
