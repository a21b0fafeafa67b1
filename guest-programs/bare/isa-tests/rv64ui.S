/*
 * rv64ui.S: the RV64I base integer instruction set, in M-mode.
 *
 * Register-register and register-immediate ALU ops (including the 32-bit
 * W forms and their sign extension), shifts at their boundary shift amounts,
 * lui/auipc, every branch taken and not taken in both directions, jal/jalr
 * (link value, jalr clearing bit 0, rd == rs1), every load (sign and zero
 * extension, negative offsets), every store (truncation, neighbours left
 * alone), fence, and x0 as source and destination.
 *
 * Uncompressed encodings only (.option norvc): rv64uc.S covers RVC.
 */
#include "macros.h"

        .option norvc
TEST_PROGRAM_BEGIN

/* ---- add / sub ---------------------------------------------------------- */
        TEST_RR(1, add, 0, 0, 0)
        TEST_RR(2, add, 2, 1, 1)
        TEST_RR(3, add, 10, 3, 7)
        TEST_RR(4, add, 0, -1, 1)
        TEST_RR(5, add, -2, -1, -1)
        TEST_RR(6, add, 0x100000000, 0xffffffff, 1)
        TEST_RR(7, add, 0x8000000000000000, 0x7fffffffffffffff, 1)
        TEST_RR(8, add, 0x7fffffffffffffff, 0x8000000000000000, -1)
        TEST_RR(9, add, 0, 0x8000000000000000, 0x8000000000000000)
        TEST_RR_RD_RS1(10, add, 24, 13, 11)
        TEST_RR_RD_RS2(11, add, 25, 14, 11)
        TEST_RR_ALL_SAME(12, add, 26, 13)
        TEST_RR_X0_RS1(13, add, 15, 15)
        TEST_RR_X0_RS2(14, add, 32, 32)
        TEST_RR_X0_RD(15, add, 16, 30)

        TEST_RR(16, sub, 0, 0, 0)
        TEST_RR(17, sub, 2, 5, 3)
        TEST_RR(18, sub, -2, 3, 5)
        TEST_RR(19, sub, 0, -1, -1)
        TEST_RR(20, sub, 0x7fffffffffffffff, 0x8000000000000000, 1)
        TEST_RR(21, sub, 0x8000000000000000, 0, 0x8000000000000000)
        TEST_RR(22, sub, 0x8000000000000001, 0, 0x7fffffffffffffff)
        TEST_RR(23, sub, 0xffffffff, 0x100000000, 1)
        TEST_RR_RD_RS1(24, sub, 2, 13, 11)
        TEST_RR_RD_RS2(25, sub, 3, 14, 11)
        TEST_RR_ALL_SAME(26, sub, 0, 13)
        TEST_RR_X0_RS1(27, sub, -15, 15)
        TEST_RR_X0_RS2(28, sub, 32, 32)
        TEST_RR_X0_RD(29, sub, 16, 30)

/* ---- addw / subw: 32-bit result, sign-extended; upper input bits ignored - */
        TEST_RR(30, addw, 0, 0, 0)
        TEST_RR(31, addw, 10, 3, 7)
        TEST_RR(32, addw, 0xffffffff80000000, 0x7fffffff, 1)
        TEST_RR(33, addw, 0, 0xffffffff, 1)
        TEST_RR(34, addw, -2, -1, -1)
        TEST_RR(35, addw, 0, 0x80000000, 0x80000000)
        TEST_RR(36, addw, 0x23456789, 0x123456789, 0)
        TEST_RR(37, addw, 0xfffffffff0000000, 0xabcd00000fffffff, 0x12345678e0000001)
        TEST_RR_RD_RS1(38, addw, 0xffffffff80000001, 0x7fffffff, 2)
        TEST_RR_ALL_SAME(39, addw, 0xfffffffffffffffe, 0xffffffffffffffff)
        TEST_RR_X0_RS1(40, addw, 0xffffffff80000000, 0x180000000)
        TEST_RR_X0_RD(41, addw, 16, 30)

        TEST_RR(42, subw, 0, 0, 0)
        TEST_RR(43, subw, -1, 0, 1)
        TEST_RR(44, subw, 0x7fffffff, 0xffffffff80000000, 1)
        TEST_RR(45, subw, 0x7fffffff, 0x80000000, 1)
        TEST_RR(46, subw, 0xffffffff80000000, 0, 0x80000000)
        TEST_RR(47, subw, -1, 0x100000000, 1)
        TEST_RR(48, subw, 0x7ffffffe, 0x7fffffff, 1)
        TEST_RR_RD_RS2(49, subw, -3, 0x500000000, 3)
        TEST_RR_X0_RS1(50, subw, 0x80000000 - 0x100000000, 0x80000000)
        TEST_RR_X0_RD(51, subw, 16, 30)

/* ---- set-less-than ------------------------------------------------------ */
        TEST_RR(52, slt, 0, 0, 0)
        TEST_RR(53, slt, 1, 0, 1)
        TEST_RR(54, slt, 0, 1, 0)
        TEST_RR(55, slt, 1, -1, 1)
        TEST_RR(56, slt, 0, 1, -1)
        TEST_RR(57, slt, 1, 0x8000000000000000, 0x7fffffffffffffff)
        TEST_RR(58, slt, 0, 0x7fffffffffffffff, 0x8000000000000000)
        TEST_RR(59, slt, 1, -2, -1)
        TEST_RR(60, slt, 0, -1, -1)
        TEST_RR_RD_RS1(61, slt, 1, -5, 3)
        TEST_RR_ALL_SAME(62, slt, 0, 13)
        TEST_RR_X0_RS1(63, slt, 1, 5)
        TEST_RR_X0_RS2(64, slt, 1, -5)
        TEST_RR_X0_RD(65, slt, 1, 2)

        TEST_RR(66, sltu, 0, 0, 0)
        TEST_RR(67, sltu, 1, 0, 1)
        TEST_RR(68, sltu, 0, 1, 0)
        TEST_RR(69, sltu, 0, -1, 1)
        TEST_RR(70, sltu, 1, 1, -1)
        TEST_RR(71, sltu, 0, 0x8000000000000000, 0x7fffffffffffffff)
        TEST_RR(72, sltu, 1, 0x7fffffffffffffff, 0x8000000000000000)
        TEST_RR(73, sltu, 1, -2, -1)
        TEST_RR(74, sltu, 0, -1, -1)
        TEST_RR_RD_RS2(75, sltu, 1, 3, -5)
        TEST_RR_ALL_SAME(76, sltu, 0, 13)
        TEST_RR_X0_RS1(77, sltu, 1, 5)
        TEST_RR_X0_RS2(78, sltu, 0, -5)
        TEST_RR_X0_RD(79, sltu, 1, 2)

/* ---- logic -------------------------------------------------------------- */
        TEST_RR(80, xor, 0xf0f0f0f0f0f0f0f0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
        TEST_RR(81, xor, 0, -1, -1)
        TEST_RR(82, xor, 0xedcba98765432110, 0x123456789abcdef0, 0xffffffffffffffe0)
        TEST_RR_ALL_SAME(83, xor, 0, 0x123456789)
        TEST_RR_X0_RS1(84, xor, 0x55, 0x55)
        TEST_RR_X0_RD(85, xor, 1, 2)

        TEST_RR(86, or, 0xfff0fff0fff0fff0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
        TEST_RR(87, or, -1, 0x8000000000000000, 0x7fffffffffffffff)
        TEST_RR(88, or, 0, 0, 0)
        TEST_RR_ALL_SAME(89, or, 0x123456789, 0x123456789)
        TEST_RR_X0_RS2(90, or, 0xaa, 0xaa)
        TEST_RR_X0_RD(91, or, 1, 2)

        TEST_RR(92, and, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
        TEST_RR(93, and, 0, 0x8000000000000000, 0x7fffffffffffffff)
        TEST_RR(94, and, 0x8000000000000000, 0x8000000000000000, -1)
        TEST_RR_ALL_SAME(95, and, 0x123456789, 0x123456789)
        TEST_RR_X0_RS1(96, and, 0, -1)
        TEST_RR_X0_RD(97, and, 3, 2)

/* ---- shifts by register: only rs2[5:0] counts (rs2[4:0] for W forms) ---- */
        TEST_RR(98, sll, 1, 1, 0)
        TEST_RR(99, sll, 2, 1, 1)
        TEST_RR(100, sll, 0x80000000, 1, 31)
        TEST_RR(101, sll, 0x100000000, 1, 32)
        TEST_RR(102, sll, 0x8000000000000000, 1, 63)
        TEST_RR(103, sll, 1, 1, 64)
        TEST_RR(104, sll, 2, 1, 65)
        TEST_RR(105, sll, 0x8000000000000000, 1, -1)
        TEST_RR(106, sll, 0xffffffff80000000, -1, 31)
        TEST_RR(107, sll, 0x9090909090909080, 0x2121212121212121, 7)
        TEST_RR(108, sll, 0x8000000000000000, 0x2121212121212121, 63)
        TEST_RR_RD_RS1(109, sll, 0x1000, 1, 12)
        TEST_RR_ALL_SAME(110, sll, 24, 3)
        TEST_RR_X0_RS1(111, sll, 0, 5)
        TEST_RR_X0_RS2(112, sll, 0x55, 0x55)
        TEST_RR_X0_RD(113, sll, 1, 2)

        TEST_RR(114, srl, 0x8000000000000000, 0x8000000000000000, 0)
        TEST_RR(115, srl, 0x4000000000000000, 0x8000000000000000, 1)
        TEST_RR(116, srl, 0x100000000, 0x8000000000000000, 31)
        TEST_RR(117, srl, 0x80000000, 0x8000000000000000, 32)
        TEST_RR(118, srl, 1, 0x8000000000000000, 63)
        TEST_RR(119, srl, 0x8000000000000000, 0x8000000000000000, 64)
        TEST_RR(120, srl, 0x7fffffffffffffff, -1, 1)
        TEST_RR(121, srl, 0xffffffff, -1, 32)
        TEST_RR(122, srl, 1, -1, 63)
        TEST_RR(123, srl, 1, -1, -1)
        TEST_RR(124, srl, 0x0042424242424242, 0x2121212121212121, 7)
        TEST_RR_RD_RS2(125, srl, 0x10, 0x100, 4)
        TEST_RR_X0_RS1(126, srl, 0, 5)
        TEST_RR_X0_RD(127, srl, 1, 2)

        TEST_RR(128, sra, 0x8000000000000000, 0x8000000000000000, 0)
        TEST_RR(129, sra, 0xc000000000000000, 0x8000000000000000, 1)
        TEST_RR(130, sra, 0xffffffff00000000, 0x8000000000000000, 31)
        TEST_RR(131, sra, 0xffffffff80000000, 0x8000000000000000, 32)
        TEST_RR(132, sra, -1, 0x8000000000000000, 63)
        TEST_RR(133, sra, 0x8000000000000000, 0x8000000000000000, 64)
        TEST_RR(134, sra, 0, 0x7fffffffffffffff, 63)
        TEST_RR(135, sra, 0x3fffffffffffffff, 0x7fffffffffffffff, 1)
        TEST_RR(136, sra, -1, -1, 17)
        TEST_RR(137, sra, 0xff03030303030303, 0xc0c0c0c0c0c0c0c0, 6 + 64)
        TEST_RR_RD_RS1(138, sra, -8, -128, 4)
        TEST_RR_X0_RS1(139, sra, 0, 5)
        TEST_RR_X0_RD(140, sra, 1, 2)

        TEST_RR(141, sllw, 1, 1, 0)
        TEST_RR(142, sllw, 2, 1, 1)
        TEST_RR(143, sllw, 0xffffffff80000000, 1, 31)
        TEST_RR(144, sllw, 1, 1, 32)
        TEST_RR(145, sllw, 2, 1, 33)
        TEST_RR(146, sllw, 0xffffffff80000000, 1, -1)
        TEST_RR(147, sllw, 0xfffffffffffffffe, 0x1ffffffff, 1)
        TEST_RR(148, sllw, 0x12345678, 0xabcdef0012345678, 0)
        TEST_RR(149, sllw, 0xffffffff90909080, 0x2121212121212121, 7)
        TEST_RR_X0_RD(150, sllw, 1, 2)

        TEST_RR(151, srlw, 0xffffffff80000000, 0xffffffff80000000, 0)
        TEST_RR(152, srlw, 0x40000000, 0xffffffff80000000, 1)
        TEST_RR(153, srlw, 1, 0xffffffff80000000, 31)
        TEST_RR(154, srlw, 0xffffffff80000000, 0x0000000180000000, 32)
        TEST_RR(155, srlw, 0x7fffffff, -1, 1)
        TEST_RR(156, srlw, 1, -1, 31)
        TEST_RR(157, srlw, 1, 0xabcd000000000010, 4)
        TEST_RR(158, srlw, 0x00424242, 0x2121212121212121, 7)
        TEST_RR_X0_RD(159, srlw, 1, 2)

        TEST_RR(160, sraw, 0xffffffff80000000, 0x80000000, 0)
        TEST_RR(161, sraw, 0xffffffffc0000000, 0x80000000, 1)
        TEST_RR(162, sraw, -1, 0x80000000, 31)
        TEST_RR(163, sraw, 0xffffffff80000000, 0x80000000, 32)
        TEST_RR(164, sraw, 0, 0x7fffffff, 31)
        TEST_RR(165, sraw, 0x3fffffff, 0x7fffffff, 1)
        TEST_RR(166, sraw, 0x3fffffff, 0xffffffff7fffffff, 33)
        TEST_RR(167, sraw, 0xffffffffff030303, 0xc0c0c0c0c0c0c0c0, 6)
        TEST_RR_X0_RD(168, sraw, 1, 2)

/* ---- register-immediate: 12-bit sign-extended immediates ---------------- */
        TEST_RI(169, addi, 0, 0, 0)
        TEST_RI(170, addi, 2047, 0, 2047)
        TEST_RI(171, addi, -2048, 0, -2048)
        TEST_RI(172, addi, 0, -1, 1)
        TEST_RI(173, addi, 0x8000000000000000, 0x7fffffffffffffff, 1)
        TEST_RI(174, addi, 0x7fffffffffffffff, 0x8000000000000000, -1)
        TEST_RI(175, addi, 0x100000000, 0xffffffff, 1)
        TEST_RI(176, addi, 0x7ffffffffffff800, 0x7fffffffffffffff, -2047)
        TEST_RI_RD_RS1(177, addi, 24, 13, 11)
        TEST_RI_X0_RS1(178, addi, 1234, 1234)
        TEST_RI_X0_RD(179, addi, 1, 5)

        TEST_RI(180, addiw, 0, 0, 0)
        TEST_RI(181, addiw, 0xffffffff80000000, 0x7fffffff, 1)
        TEST_RI(182, addiw, 0x7fffffff, 0x80000000, -1)
        TEST_RI(183, addiw, 0x7ff, 0xffffffff00000000, 2047)
        TEST_RI(184, addiw, -2048, 0x100000000, -2048)
        TEST_RI(185, addiw, 0x23456789, 0x123456789, 0)
        TEST_RI(186, addiw, 0xffffffff89abcdef, 0x0123456789abcdef, 0)
        TEST_RI_RD_RS1(187, addiw, 0xffffffff80000010, 0x7ffffff0, 0x20)
        TEST_RI_X0_RS1(188, addiw, -1, -1)
        TEST_RI_X0_RD(189, addiw, 1, 5)

        TEST_RI(190, slti, 0, 0, 0)
        TEST_RI(191, slti, 1, 0, 1)
        TEST_RI(192, slti, 0, 0, -1)
        TEST_RI(193, slti, 1, -2048, -2047)
        TEST_RI(194, slti, 1, 0x8000000000000000, -2048)
        TEST_RI(195, slti, 0, 0x7fffffffffffffff, 2047)
        TEST_RI(196, slti, 1, -1, 0)
        TEST_RI_X0_RS1(197, slti, 1, 1)
        TEST_RI_X0_RD(198, slti, 1, 5)

        TEST_RI(199, sltiu, 0, 0, 0)
        TEST_RI(200, sltiu, 1, 0, 1)
        TEST_RI(201, sltiu, 1, 0, -1)
        TEST_RI(202, sltiu, 1, 0xfffffffffffffffe, -1)
        TEST_RI(203, sltiu, 0, -1, -1)
        TEST_RI(204, sltiu, 0, 0x8000000000000000, 2047)
        TEST_RI(205, sltiu, 1, 0x7fffffffffffffff, -2048)
        TEST_RI(206, sltiu, 1, 0, 1)
        TEST_RI(207, sltiu, 0, 5, 1)
        TEST_RI_X0_RS1(208, sltiu, 0, 0)
        TEST_RI_X0_RD(209, sltiu, 1, 5)

        TEST_RI(210, xori, 0xff00ff00ff00ffff, 0xff00ff00ff00ff00, 0xff)
        TEST_RI(211, xori, 0x00ff00ff00ff070f, 0xff00ff00ff00ff00, -2033)
        TEST_RI(212, xori, 0xedcba9876543210f, 0x123456789abcdef0, -1)
        TEST_RI_RD_RS1(213, xori, 0, 0x7ff, 0x7ff)
        TEST_RI_X0_RS1(214, xori, -2048, -2048)
        TEST_RI_X0_RD(215, xori, 1, 5)

        TEST_RI(216, ori, 0xff00ff00ff00ffff, 0xff00ff00ff00ff00, 0xff)
        TEST_RI(217, ori, 0xfffffffffffff800, 0x0000000000000000, -2048)
        TEST_RI(218, ori, 0x123456789abcdeff, 0x123456789abcdef0, 0x0f)
        TEST_RI_X0_RS1(219, ori, 0x7ff, 0x7ff)
        TEST_RI_X0_RD(220, ori, 1, 5)

        TEST_RI(221, andi, 0xf0, 0xff00ff00ff00fff0, 0xff)
        TEST_RI(222, andi, 0xff00ff00ff00f800, 0xff00ff00ff00ffff, -2048)
        TEST_RI(223, andi, 0x123456789abcdef0, 0x123456789abcdef0, -1)
        TEST_RI(224, andi, 0, 0x123456789abcd000, 0x7ff)
        TEST_RI_X0_RS1(225, andi, 0, -1)
        TEST_RI_X0_RD(226, andi, 1, 5)

/* ---- shift by immediate: 6-bit shamt (5-bit for W forms) ---------------- */
        TEST_RI(227, slli, 0x123456789abcdef0, 0x123456789abcdef0, 0)
        TEST_RI(228, slli, 2, 1, 1)
        TEST_RI(229, slli, 0x80000000, 1, 31)
        TEST_RI(230, slli, 0x100000000, 1, 32)
        TEST_RI(231, slli, 0x8000000000000000, 1, 63)
        TEST_RI(232, slli, 0xfffffffe00000000, -1, 33)
        TEST_RI(233, slli, 0x9090909090909080, 0x2121212121212121, 7)
        TEST_RI_RD_RS1(234, slli, 0x8000000000000000, 0x2121212121212121, 63)
        TEST_RI_X0_RS1(235, slli, 0, 21)
        TEST_RI_X0_RD(236, slli, 1, 5)

        TEST_RI(237, srli, 0x8000000000000000, 0x8000000000000000, 0)
        TEST_RI(238, srli, 0x4000000000000000, 0x8000000000000000, 1)
        TEST_RI(239, srli, 0x100000000, 0x8000000000000000, 31)
        TEST_RI(240, srli, 0x80000000, 0x8000000000000000, 32)
        TEST_RI(241, srli, 1, 0x8000000000000000, 63)
        TEST_RI(242, srli, 0xffffffff, -1, 32)
        TEST_RI(243, srli, 0x0042424242424242, 0x2121212121212121, 7)
        TEST_RI_RD_RS1(244, srli, 1, -1, 63)
        TEST_RI_X0_RS1(245, srli, 0, 21)
        TEST_RI_X0_RD(246, srli, 1, 5)

        TEST_RI(247, srai, 0x8000000000000000, 0x8000000000000000, 0)
        TEST_RI(248, srai, 0xc000000000000000, 0x8000000000000000, 1)
        TEST_RI(249, srai, 0xffffffff00000000, 0x8000000000000000, 31)
        TEST_RI(250, srai, 0xffffffff80000000, 0x8000000000000000, 32)
        TEST_RI(251, srai, -1, 0x8000000000000000, 63)
        TEST_RI(252, srai, 0, 0x7fffffffffffffff, 63)
        TEST_RI(253, srai, 0x00000000ffffffff, 0x7fffffffffffffff, 31)
        TEST_RI(254, srai, 0xff03030303030303, 0xc0c0c0c0c0c0c0c0, 6)
        TEST_RI_RD_RS1(257, srai, -8, -128, 4)
        TEST_RI_X0_RS1(258, srai, 0, 21)
        TEST_RI_X0_RD(259, srai, 1, 5)

        TEST_RI(260, slliw, 0x12345678, 0xabcdef0012345678, 0)
        TEST_RI(261, slliw, 2, 1, 1)
        TEST_RI(262, slliw, 0xffffffff80000000, 1, 31)
        TEST_RI(263, slliw, 0xfffffffffffffffe, 0x1ffffffff, 1)
        TEST_RI(264, slliw, 0xffffffffffff8000, 0x123400007ffff, 15)
        TEST_RI(265, slliw, 0xffffffff90909080, 0x2121212121212121, 7)
        TEST_RI_X0_RD(266, slliw, 1, 5)

        TEST_RI(267, srliw, 0xffffffff80000000, 0xffffffff80000000, 0)
        TEST_RI(268, srliw, 0xffffffff80000000, 0x0000000180000000, 0)
        TEST_RI(269, srliw, 0x40000000, 0x80000000, 1)
        TEST_RI(270, srliw, 1, 0x80000000, 31)
        TEST_RI(271, srliw, 0x7fffffff, -1, 1)
        TEST_RI(272, srliw, 1, 0xabcd000000000010, 4)
        TEST_RI(273, srliw, 0x00424242, 0x2121212121212121, 7)
        TEST_RI_X0_RD(274, srliw, 1, 5)

        TEST_RI(275, sraiw, 0xffffffff80000000, 0x80000000, 0)
        TEST_RI(276, sraiw, 0x12345678, 0xffffffff12345678, 0)
        TEST_RI(277, sraiw, 0xffffffffc0000000, 0x80000000, 1)
        TEST_RI(278, sraiw, -1, 0x80000000, 31)
        TEST_RI(279, sraiw, 0, 0x7fffffff, 31)
        TEST_RI(280, sraiw, 0x3fffffff, 0xffffffff7fffffff, 1)
        TEST_RI(281, sraiw, 0xffffffffff030303, 0xc0c0c0c0c0c0c0c0, 6)
        TEST_RI_X0_RD(282, sraiw, 1, 5)

/* ---- lui / auipc -------------------------------------------------------- */
        TEST_CASE(283, a0, 0, lui a0, 0)
        TEST_CASE(284, a0, 0x1000, lui a0, 1)
        TEST_CASE(285, a0, 0x7ffff000, lui a0, 0x7ffff)
        TEST_CASE(286, a0, 0xffffffff80000000, lui a0, 0x80000)
        TEST_CASE(287, a0, 0xfffffffffffff000, lui a0, 0xfffff)
        TEST_CASE(288, a0, 0xffffffff80000800, lui a0, 0x80000; addi a0, a0, 0x7ff; addi a0, a0, 1)
        TEST_CASE(289, x0, 0, lui x0, 0x12345)

        /* auipc: pc of the auipc itself plus the shifted immediate */
        TEST_EQ(290, a0, a1, 1: auipc a0, 0; la a1, 1b)
        TEST_EQ(291, a0, a1, 1: auipc a0, 1; la a1, 1b; li a2, 0x1000; add a1, a1, a2)
        TEST_EQ(292, a0, a1, 1: auipc a0, 0xfffff; la a1, 1b; li a2, -0x1000; add a1, a1, a2)
        TEST_EQ(293, a0, a1, 1: auipc a0, 0x80000; la a1, 1b; li a2, 0xffffffff80000000; add a1, a1, a2)
        TEST_EQ(294, a0, a1, 1: auipc a0, 0x7ffff; la a1, 1b; li a2, 0x7ffff000; add a1, a1, a2)
        TEST_CASE(295, x0, 0, auipc x0, 0x12345)

/* ---- branches ----------------------------------------------------------- */
        TEST_BR_TAKEN(296, beq, 0, 0)
        TEST_BR_TAKEN(297, beq, -1, -1)
        TEST_BR_TAKEN(298, beq, 0x8000000000000000, 0x8000000000000000)
        TEST_BR_NOT_TAKEN(299, beq, 0, 1)
        TEST_BR_NOT_TAKEN(300, beq, 1, 0)
        TEST_BR_NOT_TAKEN(301, beq, -1, 0xffffffff)
        TEST_BR_NOT_TAKEN(302, beq, 0x100000000, 0)

        TEST_BR_TAKEN(303, bne, 0, 1)
        TEST_BR_TAKEN(304, bne, 1, 0)
        TEST_BR_TAKEN(305, bne, 0x100000000, 0)
        TEST_BR_NOT_TAKEN(306, bne, 0, 0)
        TEST_BR_NOT_TAKEN(307, bne, -1, -1)

        TEST_BR_TAKEN(308, blt, 0, 1)
        TEST_BR_TAKEN(309, blt, -1, 1)
        TEST_BR_TAKEN(310, blt, -2, -1)
        TEST_BR_TAKEN(311, blt, 0x8000000000000000, 0x7fffffffffffffff)
        TEST_BR_NOT_TAKEN(312, blt, 1, 0)
        TEST_BR_NOT_TAKEN(313, blt, 1, -1)
        TEST_BR_NOT_TAKEN(314, blt, 5, 5)
        TEST_BR_NOT_TAKEN(315, blt, 0x7fffffffffffffff, 0x8000000000000000)

        TEST_BR_TAKEN(316, bge, 0, 0)
        TEST_BR_TAKEN(317, bge, 1, 0)
        TEST_BR_TAKEN(318, bge, 1, -1)
        TEST_BR_TAKEN(319, bge, -1, -2)
        TEST_BR_TAKEN(320, bge, 0x7fffffffffffffff, 0x8000000000000000)
        TEST_BR_NOT_TAKEN(321, bge, 0, 1)
        TEST_BR_NOT_TAKEN(322, bge, -1, 1)
        TEST_BR_NOT_TAKEN(323, bge, 0x8000000000000000, 0x7fffffffffffffff)

        TEST_BR_TAKEN(324, bltu, 0, 1)
        TEST_BR_TAKEN(325, bltu, 1, -1)
        TEST_BR_TAKEN(326, bltu, 0x7fffffffffffffff, 0x8000000000000000)
        TEST_BR_NOT_TAKEN(327, bltu, -1, 1)
        TEST_BR_NOT_TAKEN(328, bltu, 7, 7)
        TEST_BR_NOT_TAKEN(329, bltu, 0x8000000000000000, 0x7fffffffffffffff)

        TEST_BR_TAKEN(330, bgeu, 0, 0)
        TEST_BR_TAKEN(331, bgeu, -1, 1)
        TEST_BR_TAKEN(332, bgeu, -1, -1)
        TEST_BR_TAKEN(333, bgeu, 0x8000000000000000, 0x7fffffffffffffff)
        TEST_BR_NOT_TAKEN(334, bgeu, 1, -1)
        TEST_BR_NOT_TAKEN(335, bgeu, 0, 1)
        TEST_BR_NOT_TAKEN(336, bgeu, 0x7fffffffffffffff, 0x8000000000000000)

        /* A branch with x0 operands (the beqz/bnez/bltz/... pseudos). */
        TEST_BEGIN(337)
        li a1, -3
        beqz zero, 1f
        j fail
1:      bnez zero, fail
        bltz a1, 2f
        j fail
2:      bgez a1, fail
        bgtz a1, fail
        blez a1, 3f
        j fail
3:

/* ---- jal / jalr --------------------------------------------------------- */
        /* jal writes pc + 4 to rd and jumps forwards or backwards. */
        TEST_BEGIN(338)
        li a0, 0
        jal a0, 2f
1:      j fail
2:      CHECK_ADDR(a0, 1b)

        TEST_BEGIN(339)
        j 2f
1:      j 3f                     /* backward target */
2:      jal ra, 1b
        j fail
3:      CHECK_ADDR(ra, 2b + 4)

        /* jal x0 (j) does not write any register. */
        TEST_BEGIN(340)
        li a0, 77
        jal x0, 1f
        j fail
1:      CHECK_VAL(a0, 77)
        CHECK_VAL(x0, 0)

        /* jalr: target = rs1 + imm with bit 0 cleared; rd = pc + 4. */
        TEST_BEGIN(341)
        la a1, 2f
        jalr a0, 0(a1)
1:      j fail
2:      CHECK_ADDR(a0, 1b)

        TEST_BEGIN(342)
        la a1, 2f
        addi a1, a1, 1           /* odd address: bit 0 must be ignored */
        jalr a0, 0(a1)
1:      j fail
2:      CHECK_ADDR(a0, 1b)

        TEST_BEGIN(343)
        la a1, 2f + 8
        jalr a0, -7(a1)          /* sum is 2f + 1: lands on 2f */
1:      j fail
2:      CHECK_ADDR(a0, 1b)

        TEST_BEGIN(344)
        la a1, 2f - 2000
        jalr a0, 2000(a1)
1:      j fail
2:      CHECK_ADDR(a0, 1b)

        /* rd == rs1: the target uses the old value, then rd gets the link. */
        TEST_BEGIN(345)
        la a0, 2f
        jalr a0, 0(a0)
1:      j fail
2:      CHECK_ADDR(a0, 1b)

        /* jalr x0 (jr / ret) writes nothing; a call/return pair. */
        TEST_BEGIN(346)
        li a0, 0
        jal ra, 5f
        CHECK_VAL(a0, 99)
        j 6f
5:      li a0, 99
        jalr x0, 0(ra)
        j fail
6:

/* ---- loads -------------------------------------------------------------- */
        TEST_LOAD(347, lb, 0x10, load_data, 0)
        TEST_LOAD(348, lb, 0x32, load_data, 1)
        TEST_LOAD(349, lb, 0xffffffffffffff98, load_data, 4)
        TEST_LOAD(350, lb, 0xfffffffffffffffe, load_data, 7)
        TEST_LOAD(351, lb, 0x7f, load_data, 16)
        TEST_LOAD(352, lb, 0xffffffffffffff80, load_data, 17)
        TEST_LOAD(353, lb, 0xffffffffffffffef, load_data + 16, -8)
        TEST_LOAD(354, lbu, 0x10, load_data, 0)
        TEST_LOAD(355, lbu, 0x98, load_data, 4)
        TEST_LOAD(356, lbu, 0xfe, load_data, 7)
        TEST_LOAD(357, lbu, 0x80, load_data, 17)
        TEST_LOAD(358, lbu, 0xdc, load_data + 8, -2)

        TEST_LOAD(359, lh, 0x3210, load_data, 0)
        TEST_LOAD(360, lh, 0x7654, load_data, 2)
        TEST_LOAD(361, lh, 0xffffffffffffba98, load_data, 4)
        TEST_LOAD(362, lh, 0xfffffffffffffedc, load_data, 6)
        TEST_LOAD(363, lh, 0xffffffffffff89ab, load_data, 10)
        TEST_LOAD(364, lh, 0xffffffffffff807f, load_data, 16)
        TEST_LOAD(365, lh, 0xfffffffffffffedc, load_data + 8, -2)
        TEST_LOAD(366, lhu, 0x3210, load_data, 0)
        TEST_LOAD(367, lhu, 0xfedc, load_data, 6)
        TEST_LOAD(368, lhu, 0x89ab, load_data, 10)
        TEST_LOAD(369, lhu, 0xcdef, load_data + 16, -8)

        TEST_LOAD(370, lw, 0x76543210, load_data, 0)
        TEST_LOAD(371, lw, 0xfffffffffedcba98, load_data, 4)
        TEST_LOAD(372, lw, 0xffffffff89abcdef, load_data, 8)
        TEST_LOAD(373, lw, 0x01234567, load_data, 12)
        TEST_LOAD(374, lw, 0xfffffffffedcba98, load_data + 8, -4)
        TEST_LOAD(375, lw, 0x76543210, load_data + 2048, -2048)
        TEST_LOAD(376, lwu, 0x76543210, load_data, 0)
        TEST_LOAD(377, lwu, 0xfedcba98, load_data, 4)
        TEST_LOAD(378, lwu, 0x89abcdef, load_data, 8)
        TEST_LOAD(379, lwu, 0x89abcdef, load_data + 16, -8)

        TEST_LOAD(380, ld, 0xfedcba9876543210, load_data, 0)
        TEST_LOAD(381, ld, 0x0123456789abcdef, load_data, 8)
        TEST_LOAD(382, ld, 0xfedcba9876543210, load_data + 8, -8)
        TEST_LOAD(383, ld, 0x0123456789abcdef, load_data - 2039, 2047)

        /* A load into x0 is performed but x0 stays zero. */
        TEST_CASE(384, x0, 0, la a1, load_data; ld x0, 0(a1))
        /* rd == rs1: the address uses the old value. */
        TEST_CASE(385, a1, 0x0123456789abcdef, la a1, load_data; ld a1, 8(a1))

/* ---- stores ------------------------------------------------------------- */
        TEST_STORE(386, sb, lbu, 0xaa, 0xaa, store_data, 0)
        TEST_STORE(387, sb, lb, 0xffffffffffffffaa, 0xaa, store_data, 1)
        TEST_STORE(388, sb, lbu, 0x34, 0x1234, store_data, 2)
        TEST_STORE(389, sb, lbu, 0x7f, -0x81, store_data, 7)
        TEST_STORE(390, sb, lbu, 0x01, 0x101, store_data + 8, -1)
        TEST_STORE(391, sh, lhu, 0xaa55, 0xaa55, store_data, 0)
        TEST_STORE(392, sh, lh, 0xffffffffffffaa55, 0xaa55, store_data, 2)
        TEST_STORE(393, sh, lhu, 0x5678, 0x12345678, store_data, 6)
        TEST_STORE(394, sh, lhu, 0xbeef, 0xbeef, store_data + 8, -4)
        TEST_STORE(395, sw, lwu, 0xaabbccdd, 0xaabbccdd, store_data, 0)
        TEST_STORE(396, sw, lw, 0xffffffffaabbccdd, 0xaabbccdd, store_data, 4)
        TEST_STORE(397, sw, lwu, 0x9abcdef0, 0x123456789abcdef0, store_data, 8)
        TEST_STORE(398, sw, lwu, 0x0badf00d, 0x0badf00d, store_data + 16, -4)
        TEST_STORE(399, sd, ld, 0x0123456789abcdef, 0x0123456789abcdef, store_data, 0)
        TEST_STORE(400, sd, ld, 0xfedcba9876543210, 0xfedcba9876543210, store_data, 8)
        TEST_STORE(401, sd, ld, -1, -1, store_data + 24, -8)
        TEST_STORE(402, sd, ld, 0x5555aaaa5555aaaa, 0x5555aaaa5555aaaa, store_data - 2040, 2040)

        /* Narrow stores change only their own bytes. */
        TEST_CASE(403, a0, 0x11223344aa667788,
                  la a1, store_data; li a2, 0x1122334455667788; sd a2, 0(a1);
                  li a2, 0xaa; sb a2, 3(a1); ld a0, 0(a1))
        TEST_CASE(404, a0, 0x1122bbcc55667788,
                  la a1, store_data; li a2, 0x1122334455667788; sd a2, 0(a1);
                  li a2, 0xffffbbcc; sh a2, 4(a1); ld a0, 0(a1))
        TEST_CASE(405, a0, 0x99ddeeff55667788,
                  la a1, store_data; li a2, 0x1122334455667788; sd a2, 0(a1);
                  li a2, 0x99ddeeff00; srli a2, a2, 8; sw a2, 4(a1); ld a0, 0(a1))
        TEST_CASE(406, a0, 0x11223344ddeeff00,
                  la a1, store_data; li a2, 0x1122334455667788; sd a2, 0(a1);
                  li a2, 0xffffffffddeeff00; sw a2, 0(a1); ld a0, 0(a1))
        /* Stores of x0 write zeros. */
        TEST_CASE(407, a0, 0x1122334455660000,
                  la a1, store_data; li a2, 0x1122334455667788; sd a2, 0(a1);
                  sh x0, 0(a1); ld a0, 0(a1))
        /* Store then load back through a different width. */
        TEST_CASE(408, a0, 0xffffffffffffffde,
                  la a1, store_data; li a2, 0xdeadbeef; sw a2, 8(a1); lb a0, 11(a1))

/* ---- fence and friends: must execute as no-ops here --------------------- */
        TEST_CASE(409, a0, 5, li a0, 5; fence; fence rw, rw; fence r, r; fence w, w;
                  fence iorw, iorw; fence o, i; fence.tso)
        /* pause (a fence hint, pred = W, succ = 0) */
        TEST_CASE(410, a0, 6, li a0, 6; .word 0x0100000f)
        /* nop and other x0-destination hints */
        TEST_CASE(411, a0, 7, li a0, 7; nop; addi x0, x0, 0; addi x0, a0, 1; add x0, a0, a0)
        TEST_CASE(412, x0, 0, addi x0, x0, 1)

TEST_PROGRAM_END

        .data
        .balign 8
load_data:
        .dword 0xfedcba9876543210
        .dword 0x0123456789abcdef
        .dword 0x5a5a5a5a5a5a807f
        .dword 0
        .balign 8
store_data:
        .dword 0, 0, 0, 0, 0
