// SPDX-License-Identifier: GPL-3.0-or-later
// The writing side of a capture import: each capture file in one transaction, its flows as records
// of the flows store with the capture bit (flowbits.h; never counted), what a capture knows beyond a
// flow log in capture_flows, the first packets in capture_packets, the frames it could not decode in
// import_errors by frame number. A file imported before (same fingerprint) is rolled back and named;
// a new copy at the same path replaces the old one.
#pragma once

#include <QString>

#include <cstdint>
#include <memory>

namespace vpclens {

struct CaptureFlow;
class Workspace;

// Where a capture flow belongs in the estate: the interface (by the mirror session's VNI, the
// interface the analyst named, or the one address the estate knows), and its place.
struct CaptureAttribution {
    QString eni, vpc, subnet, instance, session;
};

class CaptureWriter
{
public:
    explicit CaptureWriter(Workspace &ws); // throws sql::Error
    ~CaptureWriter();
    CaptureWriter(const CaptureWriter &) = delete;
    CaptureWriter &operator=(const CaptureWriter &) = delete;

    // The path a capture with this fingerprint was imported from, else empty (throws sql::Error).
    QString importedAs(const QString &fingerprint) const;
    void begin(const QString &path, std::int64_t size, const QString &format); // throws sql::Error
    void add(const CaptureFlow &flow, const CaptureAttribution &where);       // throws sql::Error
    // A frame not decoded: "frame N: why", listed up to a limit, all counted.
    void problem(std::int64_t frame, const char *reason, const QString &text);
    // Ends the file. Returns the path of an earlier import with the same fingerprint (the file is then
    // rolled back), else an empty string after committing; `replaced` tells whether an older import of
    // this path gave way.
    QString finish(const QString &fingerprint, std::int64_t problems, bool *replaced); // throws sql::Error
    void abort() noexcept;
    std::int64_t flows() const;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace vpclens
