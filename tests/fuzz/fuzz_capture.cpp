// SPDX-License-Identifier: GPL-3.0-or-later
// Packet captures of any content: the input read as a whole capture file by libpcap (from memory),
// every frame decoded and summed into flows; and the input as one frame of each link type the
// decoder reads, straight into the decoder (what libpcap hands on from any file).
#include "capture/capturefile.h"
#include "capture/flowassembler.h"
#include "capture/packetdecoder.h"
#include "fuzzinput.h"

#include <cstdio>

using namespace vpclens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    std::size_t flows = 0;
    FlowAssembler assembler(60, [&](CaptureFlow &&f) { flows += f.packets > 0 ? 1 : 0; });
    DecodedPacket packet;
    // One frame per link type.
    for (const int linkType : {0, 1, 12, 101, 108, 113, 228, 229, 276}) {
        if (decodePacket(linkType, data, size, packet).status == DecodeStatus::Ok)
            assembler.add(packet, 1700000000000000, 1);
    }
    // The whole capture file.
    if (size > 0) {
        if (FILE *stream = fmemopen(const_cast<uint8_t *>(data), size, "rb")) {
            QString error;
            if (const auto capture = CaptureFile::open(stream, QStringLiteral("fuzz.pcap"), &error)) {
                CaptureFrame frame;
                int frames = 0;
                while (frames++ < 100000 && capture->next(frame, &error) == CaptureFile::Next::Frame)
                    if (decodePacket(capture->linkType(), frame.data, frame.captured, packet).status == DecodeStatus::Ok)
                        assembler.add(packet, frame.timeUs, frame.number);
            }
        }
    }
    assembler.finish();
    return flows > 1000000 ? 1 : 0;
}
