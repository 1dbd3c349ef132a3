// SPDX-License-Identifier: GPL-3.0-or-later
// A pcap or pcapng file read frame by frame through libpcap (which knows every byte order, the
// nanosecond variant and pcapng's blocks); the pcap_t is owned here and closed with the reader.
// Times are microseconds since the epoch.
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>

struct pcap; // libpcap's pcap_t

namespace vpclens {

struct CaptureFrame {
    const std::uint8_t *data = nullptr; // valid until the next call of next()
    std::size_t captured = 0;           // bytes in the file
    std::size_t wire = 0;               // bytes on the wire
    std::int64_t timeUs = 0;
    std::int64_t number = 0;            // 1-based
};

class CaptureFile
{
public:
    enum class Next { Frame, End, Error };

    ~CaptureFile();
    CaptureFile(const CaptureFile &) = delete;
    CaptureFile &operator=(const CaptureFile &) = delete;

    // nullptr with the reason in `error` (a file that is not a capture, a damaged header, ...).
    static std::unique_ptr<CaptureFile> open(const QString &path, QString *error);
    // The same on an open stream (a capture in memory: fmemopen), owned from here on; name for messages.
    static std::unique_ptr<CaptureFile> open(FILE *stream, const QString &name, QString *error);
    // Whether the file starts as a pcap or pcapng file (its magic number).
    static bool looksLikeCapture(const QString &path);

    int linkType() const;
    QString linkTypeName() const;
    QString format() const { return m_format; } // "pcap" or "pcapng"
    Next next(CaptureFrame &frame, QString *error);
    std::int64_t bytesRead() const; // how far into the file, for progress

private:
    CaptureFile() = default;
    struct Closer {
        void operator()(::pcap *p) const noexcept;
    };
    std::unique_ptr<::pcap, Closer> m_pcap;
    QString m_format;
    std::int64_t m_number = 0;
};

} // namespace vpclens
