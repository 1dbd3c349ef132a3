// SPDX-License-Identifier: GPL-3.0-or-later
// Donor of the precompiled headers the tests reuse (see CMakeLists.txt); holds no code.
