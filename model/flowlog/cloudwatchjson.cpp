// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlog/cloudwatchjson.h"

namespace vpclens {

bool CloudWatchJson::fail(const char *what)
{
    m_failed = true;
    m_errorLine = m_line;
    m_error = QStringLiteral("invalid JSON: %1").arg(QLatin1String(what));
    return false;
}

void CloudWatchJson::appendCodePoint(char32_t c)
{
    if (!m_keep || m_message.size() >= kMaxMessage)
        return;
    if (c == '\n' || c == '\r')
        c = ' '; // one event, one line
    if (c < 0x80) {
        m_message.push_back(char(c));
    } else if (c < 0x800) {
        m_message.push_back(char(0xc0 | (c >> 6)));
        m_message.push_back(char(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        m_message.push_back(char(0xe0 | (c >> 12)));
        m_message.push_back(char(0x80 | ((c >> 6) & 0x3f)));
        m_message.push_back(char(0x80 | (c & 0x3f)));
    } else {
        m_message.push_back(char(0xf0 | (c >> 18)));
        m_message.push_back(char(0x80 | ((c >> 12) & 0x3f)));
        m_message.push_back(char(0x80 | ((c >> 6) & 0x3f)));
        m_message.push_back(char(0x80 | (c & 0x3f)));
    }
}

// A value ended: inside an object a comma or the closing brace comes next, inside an array a comma
// or the closing bracket, at the top another value may follow.
void CloudWatchJson::endValue()
{
    m_state = m_stack.empty() ? State::Value : State::Comma;
}

bool CloudWatchJson::feed(const char *data, std::size_t size, std::string &lines)
{
    if (m_failed)
        return false;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\n')
            ++m_line;
        switch (m_state) {
        case State::String:
            if (c == '"') {
                if (m_stringIsKey) {
                    m_state = State::Colon;
                } else {
                    // Subscription payloads to Firehose carry health checks ("CWL CONTROL MESSAGE: ...").
                    if (m_keep && !m_message.starts_with("CWL CONTROL MESSAGE")) {
                        lines.append(m_message).push_back('\n');
                        ++m_messages;
                    }
                    m_keep = false;
                    endValue();
                }
            } else if (c == '\\') {
                m_state = State::Escape;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return fail("control character in a string");
            } else if (m_stringIsKey) {
                if (m_key.size() < 16)
                    m_key.push_back(c);
            } else if (m_keep && m_message.size() < kMaxMessage) {
                m_message.push_back(c == '\r' ? ' ' : c);
            }
            break;
        case State::Escape: {
            char32_t decoded = 0;
            switch (c) {
            case '"': decoded = '"'; break;
            case '\\': decoded = '\\'; break;
            case '/': decoded = '/'; break;
            case 'b': decoded = '\b'; break;
            case 'f': decoded = '\f'; break;
            case 'n': decoded = '\n'; break;
            case 'r': decoded = '\r'; break;
            case 't': decoded = '\t'; break;
            case 'u': m_state = State::Unicode; m_unicode = 0; m_unicodeDigits = 0; continue;
            default: return fail("bad escape in a string");
            }
            if (m_stringIsKey) {
                if (m_key.size() < 16)
                    m_key.push_back(char(decoded));
            } else {
                appendCodePoint(decoded);
            }
            m_state = State::String;
            break;
        }
        case State::Unicode: {
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
                return fail("bad \\u escape");
            m_unicode = m_unicode * 16 + char32_t(digit);
            if (++m_unicodeDigits < 4)
                break;
            m_state = State::String;
            if (m_unicode >= 0xd800 && m_unicode < 0xdc00) {
                m_highSurrogate = m_unicode;
                break;
            }
            char32_t cp = m_unicode;
            if (cp >= 0xdc00 && cp < 0xe000) {
                cp = m_highSurrogate ? 0x10000 + ((m_highSurrogate - 0xd800) << 10) + (cp - 0xdc00) : 0xfffd;
            } else if (m_highSurrogate) {
                appendCodePoint(0xfffd); // a lone high surrogate
            }
            m_highSurrogate = 0;
            if (!m_stringIsKey)
                appendCodePoint(cp);
            break;
        }
        case State::Bare: // the rest of a number, true, false or null
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '.' || c == '-' || c == '+' || c == 'E')
                break;
            endValue();
            [[fallthrough]];
        default:
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
                break;
            if (m_state == State::Colon) {
                if (c != ':')
                    return fail("expected ':'");
                m_state = State::Value;
                break;
            }
            if (m_state == State::Comma) {
                const Ctx ctx = m_stack.back().ctx;
                if (c == ',') {
                    m_state = ctx == Ctx::Object ? State::Key : State::Value;
                    break;
                }
                if ((c == '}' && ctx == Ctx::Object) || (c == ']' && ctx == Ctx::Array)) {
                    m_stack.pop_back();
                    endValue();
                    break;
                }
                return fail("expected ',' or the end of the object or array");
            }
            if (m_state == State::Key) {
                if (c == '}' && !m_stack.empty() && m_stack.back().ctx == Ctx::Object) { // {} or a trailing comma
                    m_stack.pop_back();
                    endValue();
                    break;
                }
                if (c != '"')
                    return fail("expected a key");
                m_stringIsKey = true;
                m_key.clear();
                m_state = State::String;
                break;
            }
            // State::Value
            if (c == ']' && !m_stack.empty() && m_stack.back().ctx == Ctx::Array) { // []
                m_stack.pop_back();
                endValue();
                break;
            }
            const std::size_t depth = m_stack.size();
            const bool topKey = depth == 1 && m_stack[0].ctx == Ctx::Object;
            if (c == '{' || c == '[') {
                if (int(depth) >= kMaxDepth)
                    return fail("nested too deeply");
                const bool events = c == '[' && topKey && (m_key == "events" || m_key == "logEvents");
                m_sawEvents = m_sawEvents || events;
                m_stack.push_back({c == '{' ? Ctx::Object : Ctx::Array, events});
                m_state = c == '{' ? State::Key : State::Value;
                break;
            }
            if (c == '"') {
                m_stringIsKey = false;
                m_keep = depth == 3 && m_stack[1].events && m_stack[2].ctx == Ctx::Object && m_key == "message";
                m_message.clear();
                m_state = State::String;
                break;
            }
            if ((c >= '0' && c <= '9') || c == '-' || c == 't' || c == 'f' || c == 'n') {
                m_state = State::Bare;
                break;
            }
            return fail("unexpected character");
        }
    }
    return true;
}

bool CloudWatchJson::finish()
{
    if (m_failed)
        return false;
    if (m_state == State::Bare)
        endValue();
    if (!m_stack.empty() || (m_state != State::Value))
        return fail("the document ends inside a value");
    return true;
}

} // namespace vpclens
