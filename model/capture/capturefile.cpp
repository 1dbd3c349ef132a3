// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capturefile.h"

#include <QFile>

#include <pcap/pcap.h>

#include <algorithm>
#include <cstdio>

namespace vpclens {
namespace {

QByteArray magicOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(4) : QByteArray();
}

bool isPcapMagic(const QByteArray &m)
{
    static const char *const magics[] = {"\xd4\xc3\xb2\xa1", "\xa1\xb2\xc3\xd4", "\x4d\x3c\xb2\xa1", "\xa1\xb2\x3c\x4d", "\x0a\x0d\x0d\x0a"};
    for (const char *magic : magics)
        if (m == QByteArray(magic, 4))
            return true;
    return false;
}

} // namespace

void CaptureFile::Closer::operator()(pcap_t *p) const noexcept
{
    pcap_close(p); // closes the FILE it was opened on
}

CaptureFile::~CaptureFile() = default;

bool CaptureFile::looksLikeCapture(const QString &path)
{
    return isPcapMagic(magicOf(path));
}

std::unique_ptr<CaptureFile> CaptureFile::open(const QString &path, QString *error)
{
    const QByteArray magic = magicOf(path);
    if (magic.startsWith("\x1f\x8b")) {
        *error = QStringLiteral("%1: a gzip-compressed file; decompress the capture first (gunzip)").arg(path);
        return nullptr;
    }
    if (!isPcapMagic(magic)) {
        *error = QStringLiteral("%1: not a pcap or pcapng capture (its first bytes are no capture's magic number)").arg(path);
        return nullptr;
    }
    FILE *file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file) {
        *error = QStringLiteral("%1: cannot be read").arg(path);
        return nullptr;
    }
    return open(file, path, error);
}

std::unique_ptr<CaptureFile> CaptureFile::open(FILE *stream, const QString &name, QString *error)
{
    char magic[4] = {};
    const bool ng = std::fread(magic, 1, 4, stream) == 4 && QByteArray(magic, 4) == QByteArray("\x0a\x0d\x0d\x0a", 4);
    std::rewind(stream);
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t *p = pcap_fopen_offline_with_tstamp_precision(stream, PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    if (!p) {
        std::fclose(stream);
        *error = QStringLiteral("%1: not a capture libpcap can read (%2)").arg(name, QString::fromLocal8Bit(errbuf));
        return nullptr;
    }
    std::unique_ptr<CaptureFile> c(new CaptureFile);
    c->m_pcap.reset(p);
    c->m_format = ng ? QStringLiteral("pcapng") : QStringLiteral("pcap");
    return c;
}

int CaptureFile::linkType() const
{
    return pcap_datalink(m_pcap.get());
}

QString CaptureFile::linkTypeName() const
{
    const char *name = pcap_datalink_val_to_name(linkType());
    return name ? QString::fromLatin1(name) : QString::number(linkType());
}

CaptureFile::Next CaptureFile::next(CaptureFrame &frame, QString *error)
{
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    const int r = pcap_next_ex(m_pcap.get(), &header, &data);
    if (r == 1) {
        frame.data = data;
        frame.captured = header->caplen;
        frame.wire = header->len;
        // A damaged or crafted time (pcapng's are 64-bit) is held to the years 1970-5138, so the
        // microseconds and every window computed from them stay far inside 64 bits.
        constexpr std::int64_t kLatest = 100'000'000'000;
        const std::int64_t seconds = std::clamp<std::int64_t>(std::int64_t(header->ts.tv_sec), 0, kLatest);
        frame.timeUs = seconds * 1000000 + std::clamp<std::int64_t>(std::int64_t(header->ts.tv_usec), 0, 999999);
        frame.number = ++m_number;
        return Next::Frame;
    }
    if (r == PCAP_ERROR_BREAK)
        return Next::End;
    *error = QString::fromLocal8Bit(pcap_geterr(m_pcap.get()));
    return Next::Error;
}

std::int64_t CaptureFile::bytesRead() const
{
    FILE *f = pcap_file(m_pcap.get());
    return f ? std::int64_t(std::ftell(f)) : 0;
}

} // namespace vpclens
