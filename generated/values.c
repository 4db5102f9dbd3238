#line 10741 "pcall.nw"
/* values.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#line 10751 "pcall.nw"
#include "values.h"
#include <inttypes.h>
#include <malloc.h>
#include <math.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include <string.h>
#line 10865 "pcall.nw"
/* Internal to the library: not in any header.  In a pcall child the
   errors module installs a hook that raises a checked runtime error
   (or an allocation that failed: "MemoryError") as the target's
   error, and never returns; elsewhere pv_error_raise() returns and
   the caller prints its message and aborts. */
typedef void pv_error_hook(const char *type, const char *msg);
void pv_error_hook_set(pv_error_hook *hook);
void pv_error_raise(const char *type, const char *msg);
#line 11598 "pcall.nw"
/** One key and its value in a dict's entry array. */
typedef struct pv_entry {
    uint64_t hash; /**< the key's hash: probes compare it first */
    pv *key;       /**< owned reference */
    pv *value;     /**< owned reference */
} pv_entry;

/** A dict: entries in insertion order, and a hash index to them. */
typedef struct pv_dict {
    pv_entry *entry; /**< the entries, in insertion order */
    size_t n;        /**< entries in use */
    size_t cap;      /**< entries allocated */
    size_t *slot;    /**< index: 1 + entry number, 0: empty; or NULL */
    size_t mask;     /**< slots - 1; slots is a power of two */
} pv_dict;

#line 10771 "pcall.nw"
/** The object behind every pv. */
struct pv {
    size_t refs;  /**< references; PV_IMMORTAL: never counted */
    pv_kind kind; /**< which member of u is in use */
    /** The kind's representation. */
    union {
        int64_t i; /**< PV_BOOL (0 or 1) and PV_INT */
        double f;  /**< PV_FLOAT */
        /** PV_STR and PV_BYTES. */
        struct {
            char *data; /**< len bytes, then a NUL */
            size_t len; /**< bytes */
            size_t ncp; /**< PV_STR: code points */
        } s;
        /** PV_TUPLE and PV_LIST. */
        struct {
            pv **item;  /**< the items, owned references */
            size_t n;   /**< items in use */
            size_t cap; /**< items allocated */
        } seq;
        pv_dict d; /**< PV_DICT */
    } u;
};
/** The count of an object that is never freed. */
#define PV_IMMORTAL SIZE_MAX
#line 10804 "pcall.nw"
static pv none_obj = { PV_IMMORTAL, PV_NONE, { .i = 0 } };
static pv false_obj = { PV_IMMORTAL, PV_BOOL, { .i = 0 } };
static pv true_obj = { PV_IMMORTAL, PV_BOOL, { .i = 1 } };
#line 10880 "pcall.nw"
static pv_error_hook *error_hook;   /* NULL: print and abort */
#line 11022 "pcall.nw"
static const char *const kind_names[] = {
    "NoneType", "bool", "int", "float", "str", "bytes",
    "tuple", "list", "dict"
};
#line 33819 "pcall.nw"
static struct {
    unsigned char *base;        /* NULL: no region in use */
    size_t size;
    atomic_size_t top;          /* bytes handed out */
} arena;

#define ARENA_ALIGN (_Alignof(max_align_t))
#line 37962 "pcall.nw"
/* Code points for which Python 3.11's str.isprintable() is false,
   as inclusive ranges in ascending order (Unicode 14.0.0). */
static const uint32_t nonprintable[][2] = {
#line 37970 "pcall.nw"
{0x0,0x1F},{0x7F,0xA0},{0xAD,0xAD},{0x378,0x379},{0x380,0x383},
{0x38B,0x38B},{0x38D,0x38D},{0x3A2,0x3A2},{0x530,0x530},{0x557,0x558},
{0x58B,0x58C},{0x590,0x590},{0x5C8,0x5CF},{0x5EB,0x5EE},{0x5F5,0x605},
{0x61C,0x61C},{0x6DD,0x6DD},{0x70E,0x70F},{0x74B,0x74C},{0x7B2,0x7BF},
{0x7FB,0x7FC},{0x82E,0x82F},{0x83F,0x83F},{0x85C,0x85D},{0x85F,0x85F},
{0x86B,0x86F},{0x88F,0x897},{0x8E2,0x8E2},{0x984,0x984},{0x98D,0x98E},
{0x991,0x992},{0x9A9,0x9A9},{0x9B1,0x9B1},{0x9B3,0x9B5},{0x9BA,0x9BB},
{0x9C5,0x9C6},{0x9C9,0x9CA},{0x9CF,0x9D6},{0x9D8,0x9DB},{0x9DE,0x9DE},
{0x9E4,0x9E5},{0x9FF,0xA00},{0xA04,0xA04},{0xA0B,0xA0E},{0xA11,0xA12},
{0xA29,0xA29},{0xA31,0xA31},{0xA34,0xA34},{0xA37,0xA37},{0xA3A,0xA3B},
{0xA3D,0xA3D},{0xA43,0xA46},{0xA49,0xA4A},{0xA4E,0xA50},{0xA52,0xA58},
{0xA5D,0xA5D},{0xA5F,0xA65},{0xA77,0xA80},{0xA84,0xA84},{0xA8E,0xA8E},
{0xA92,0xA92},{0xAA9,0xAA9},{0xAB1,0xAB1},{0xAB4,0xAB4},{0xABA,0xABB},
{0xAC6,0xAC6},{0xACA,0xACA},{0xACE,0xACF},{0xAD1,0xADF},{0xAE4,0xAE5},
{0xAF2,0xAF8},{0xB00,0xB00},{0xB04,0xB04},{0xB0D,0xB0E},{0xB11,0xB12},
{0xB29,0xB29},{0xB31,0xB31},{0xB34,0xB34},{0xB3A,0xB3B},{0xB45,0xB46},
{0xB49,0xB4A},{0xB4E,0xB54},{0xB58,0xB5B},{0xB5E,0xB5E},{0xB64,0xB65},
{0xB78,0xB81},{0xB84,0xB84},{0xB8B,0xB8D},{0xB91,0xB91},{0xB96,0xB98},
{0xB9B,0xB9B},{0xB9D,0xB9D},{0xBA0,0xBA2},{0xBA5,0xBA7},{0xBAB,0xBAD},
{0xBBA,0xBBD},{0xBC3,0xBC5},{0xBC9,0xBC9},{0xBCE,0xBCF},{0xBD1,0xBD6},
{0xBD8,0xBE5},{0xBFB,0xBFF},{0xC0D,0xC0D},{0xC11,0xC11},{0xC29,0xC29},
{0xC3A,0xC3B},{0xC45,0xC45},{0xC49,0xC49},{0xC4E,0xC54},{0xC57,0xC57},
{0xC5B,0xC5C},{0xC5E,0xC5F},{0xC64,0xC65},{0xC70,0xC76},{0xC8D,0xC8D},
{0xC91,0xC91},{0xCA9,0xCA9},{0xCB4,0xCB4},{0xCBA,0xCBB},{0xCC5,0xCC5},
{0xCC9,0xCC9},{0xCCE,0xCD4},{0xCD7,0xCDC},{0xCDF,0xCDF},{0xCE4,0xCE5},
{0xCF0,0xCF0},{0xCF3,0xCFF},{0xD0D,0xD0D},{0xD11,0xD11},{0xD45,0xD45},
{0xD49,0xD49},{0xD50,0xD53},{0xD64,0xD65},{0xD80,0xD80},{0xD84,0xD84},
{0xD97,0xD99},{0xDB2,0xDB2},{0xDBC,0xDBC},{0xDBE,0xDBF},{0xDC7,0xDC9},
{0xDCB,0xDCE},{0xDD5,0xDD5},{0xDD7,0xDD7},{0xDE0,0xDE5},{0xDF0,0xDF1},
{0xDF5,0xE00},{0xE3B,0xE3E},{0xE5C,0xE80},{0xE83,0xE83},{0xE85,0xE85},
{0xE8B,0xE8B},{0xEA4,0xEA4},{0xEA6,0xEA6},{0xEBE,0xEBF},{0xEC5,0xEC5},
{0xEC7,0xEC7},{0xECE,0xECF},{0xEDA,0xEDB},{0xEE0,0xEFF},{0xF48,0xF48},
{0xF6D,0xF70},{0xF98,0xF98},{0xFBD,0xFBD},{0xFCD,0xFCD},{0xFDB,0xFFF},
{0x10C6,0x10C6},{0x10C8,0x10CC},{0x10CE,0x10CF},{0x1249,0x1249},
{0x124E,0x124F},{0x1257,0x1257},{0x1259,0x1259},{0x125E,0x125F},
{0x1289,0x1289},{0x128E,0x128F},{0x12B1,0x12B1},{0x12B6,0x12B7},
{0x12BF,0x12BF},{0x12C1,0x12C1},{0x12C6,0x12C7},{0x12D7,0x12D7},
{0x1311,0x1311},{0x1316,0x1317},{0x135B,0x135C},{0x137D,0x137F},
{0x139A,0x139F},{0x13F6,0x13F7},{0x13FE,0x13FF},{0x1680,0x1680},
{0x169D,0x169F},{0x16F9,0x16FF},{0x1716,0x171E},{0x1737,0x173F},
{0x1754,0x175F},{0x176D,0x176D},{0x1771,0x1771},{0x1774,0x177F},
{0x17DE,0x17DF},{0x17EA,0x17EF},{0x17FA,0x17FF},{0x180E,0x180E},
{0x181A,0x181F},{0x1879,0x187F},{0x18AB,0x18AF},{0x18F6,0x18FF},
{0x191F,0x191F},{0x192C,0x192F},{0x193C,0x193F},{0x1941,0x1943},
{0x196E,0x196F},{0x1975,0x197F},{0x19AC,0x19AF},{0x19CA,0x19CF},
{0x19DB,0x19DD},{0x1A1C,0x1A1D},{0x1A5F,0x1A5F},{0x1A7D,0x1A7E},
{0x1A8A,0x1A8F},{0x1A9A,0x1A9F},{0x1AAE,0x1AAF},{0x1ACF,0x1AFF},
{0x1B4D,0x1B4F},{0x1B7F,0x1B7F},{0x1BF4,0x1BFB},{0x1C38,0x1C3A},
{0x1C4A,0x1C4C},{0x1C89,0x1C8F},{0x1CBB,0x1CBC},{0x1CC8,0x1CCF},
{0x1CFB,0x1CFF},{0x1F16,0x1F17},{0x1F1E,0x1F1F},{0x1F46,0x1F47},
{0x1F4E,0x1F4F},{0x1F58,0x1F58},{0x1F5A,0x1F5A},{0x1F5C,0x1F5C},
{0x1F5E,0x1F5E},{0x1F7E,0x1F7F},{0x1FB5,0x1FB5},{0x1FC5,0x1FC5},
{0x1FD4,0x1FD5},{0x1FDC,0x1FDC},{0x1FF0,0x1FF1},{0x1FF5,0x1FF5},
{0x1FFF,0x200F},{0x2028,0x202F},{0x205F,0x206F},{0x2072,0x2073},
{0x208F,0x208F},{0x209D,0x209F},{0x20C1,0x20CF},{0x20F1,0x20FF},
{0x218C,0x218F},{0x2427,0x243F},{0x244B,0x245F},{0x2B74,0x2B75},
{0x2B96,0x2B96},{0x2CF4,0x2CF8},{0x2D26,0x2D26},{0x2D28,0x2D2C},
{0x2D2E,0x2D2F},{0x2D68,0x2D6E},{0x2D71,0x2D7E},{0x2D97,0x2D9F},
{0x2DA7,0x2DA7},{0x2DAF,0x2DAF},{0x2DB7,0x2DB7},{0x2DBF,0x2DBF},
{0x2DC7,0x2DC7},{0x2DCF,0x2DCF},{0x2DD7,0x2DD7},{0x2DDF,0x2DDF},
{0x2E5E,0x2E7F},{0x2E9A,0x2E9A},{0x2EF4,0x2EFF},{0x2FD6,0x2FEF},
{0x2FFC,0x3000},{0x3040,0x3040},{0x3097,0x3098},{0x3100,0x3104},
{0x3130,0x3130},{0x318F,0x318F},{0x31E4,0x31EF},{0x321F,0x321F},
{0xA48D,0xA48F},{0xA4C7,0xA4CF},{0xA62C,0xA63F},{0xA6F8,0xA6FF},
{0xA7CB,0xA7CF},{0xA7D2,0xA7D2},{0xA7D4,0xA7D4},{0xA7DA,0xA7F1},
{0xA82D,0xA82F},{0xA83A,0xA83F},{0xA878,0xA87F},{0xA8C6,0xA8CD},
{0xA8DA,0xA8DF},{0xA954,0xA95E},{0xA97D,0xA97F},{0xA9CE,0xA9CE},
{0xA9DA,0xA9DD},{0xA9FF,0xA9FF},{0xAA37,0xAA3F},{0xAA4E,0xAA4F},
{0xAA5A,0xAA5B},{0xAAC3,0xAADA},{0xAAF7,0xAB00},{0xAB07,0xAB08},
{0xAB0F,0xAB10},{0xAB17,0xAB1F},{0xAB27,0xAB27},{0xAB2F,0xAB2F},
{0xAB6C,0xAB6F},{0xABEE,0xABEF},{0xABFA,0xABFF},{0xD7A4,0xD7AF},
{0xD7C7,0xD7CA},{0xD7FC,0xF8FF},{0xFA6E,0xFA6F},{0xFADA,0xFAFF},
{0xFB07,0xFB12},{0xFB18,0xFB1C},{0xFB37,0xFB37},{0xFB3D,0xFB3D},
{0xFB3F,0xFB3F},{0xFB42,0xFB42},{0xFB45,0xFB45},{0xFBC3,0xFBD2},
{0xFD90,0xFD91},{0xFDC8,0xFDCE},{0xFDD0,0xFDEF},{0xFE1A,0xFE1F},
{0xFE53,0xFE53},{0xFE67,0xFE67},{0xFE6C,0xFE6F},{0xFE75,0xFE75},
{0xFEFD,0xFF00},{0xFFBF,0xFFC1},{0xFFC8,0xFFC9},{0xFFD0,0xFFD1},
{0xFFD8,0xFFD9},{0xFFDD,0xFFDF},{0xFFE7,0xFFE7},{0xFFEF,0xFFFB},
{0xFFFE,0xFFFF},{0x1000C,0x1000C},{0x10027,0x10027},{0x1003B,0x1003B},
{0x1003E,0x1003E},{0x1004E,0x1004F},{0x1005E,0x1007F},{0x100FB,0x100FF},
{0x10103,0x10106},{0x10134,0x10136},{0x1018F,0x1018F},{0x1019D,0x1019F},
{0x101A1,0x101CF},{0x101FE,0x1027F},{0x1029D,0x1029F},{0x102D1,0x102DF},
{0x102FC,0x102FF},{0x10324,0x1032C},{0x1034B,0x1034F},{0x1037B,0x1037F},
{0x1039E,0x1039E},{0x103C4,0x103C7},{0x103D6,0x103FF},{0x1049E,0x1049F},
{0x104AA,0x104AF},{0x104D4,0x104D7},{0x104FC,0x104FF},{0x10528,0x1052F},
{0x10564,0x1056E},{0x1057B,0x1057B},{0x1058B,0x1058B},{0x10593,0x10593},
{0x10596,0x10596},{0x105A2,0x105A2},{0x105B2,0x105B2},{0x105BA,0x105BA},
{0x105BD,0x105FF},{0x10737,0x1073F},{0x10756,0x1075F},{0x10768,0x1077F},
{0x10786,0x10786},{0x107B1,0x107B1},{0x107BB,0x107FF},{0x10806,0x10807},
{0x10809,0x10809},{0x10836,0x10836},{0x10839,0x1083B},{0x1083D,0x1083E},
{0x10856,0x10856},{0x1089F,0x108A6},{0x108B0,0x108DF},{0x108F3,0x108F3},
{0x108F6,0x108FA},{0x1091C,0x1091E},{0x1093A,0x1093E},{0x10940,0x1097F},
{0x109B8,0x109BB},{0x109D0,0x109D1},{0x10A04,0x10A04},{0x10A07,0x10A0B},
{0x10A14,0x10A14},{0x10A18,0x10A18},{0x10A36,0x10A37},{0x10A3B,0x10A3E},
{0x10A49,0x10A4F},{0x10A59,0x10A5F},{0x10AA0,0x10ABF},{0x10AE7,0x10AEA},
{0x10AF7,0x10AFF},{0x10B36,0x10B38},{0x10B56,0x10B57},{0x10B73,0x10B77},
{0x10B92,0x10B98},{0x10B9D,0x10BA8},{0x10BB0,0x10BFF},{0x10C49,0x10C7F},
{0x10CB3,0x10CBF},{0x10CF3,0x10CF9},{0x10D28,0x10D2F},{0x10D3A,0x10E5F},
{0x10E7F,0x10E7F},{0x10EAA,0x10EAA},{0x10EAE,0x10EAF},{0x10EB2,0x10EFF},
{0x10F28,0x10F2F},{0x10F5A,0x10F6F},{0x10F8A,0x10FAF},{0x10FCC,0x10FDF},
{0x10FF7,0x10FFF},{0x1104E,0x11051},{0x11076,0x1107E},{0x110BD,0x110BD},
{0x110C3,0x110CF},{0x110E9,0x110EF},{0x110FA,0x110FF},{0x11135,0x11135},
{0x11148,0x1114F},{0x11177,0x1117F},{0x111E0,0x111E0},{0x111F5,0x111FF},
{0x11212,0x11212},{0x1123F,0x1127F},{0x11287,0x11287},{0x11289,0x11289},
{0x1128E,0x1128E},{0x1129E,0x1129E},{0x112AA,0x112AF},{0x112EB,0x112EF},
{0x112FA,0x112FF},{0x11304,0x11304},{0x1130D,0x1130E},{0x11311,0x11312},
{0x11329,0x11329},{0x11331,0x11331},{0x11334,0x11334},{0x1133A,0x1133A},
{0x11345,0x11346},{0x11349,0x1134A},{0x1134E,0x1134F},{0x11351,0x11356},
{0x11358,0x1135C},{0x11364,0x11365},{0x1136D,0x1136F},{0x11375,0x113FF},
{0x1145C,0x1145C},{0x11462,0x1147F},{0x114C8,0x114CF},{0x114DA,0x1157F},
{0x115B6,0x115B7},{0x115DE,0x115FF},{0x11645,0x1164F},{0x1165A,0x1165F},
{0x1166D,0x1167F},{0x116BA,0x116BF},{0x116CA,0x116FF},{0x1171B,0x1171C},
{0x1172C,0x1172F},{0x11747,0x117FF},{0x1183C,0x1189F},{0x118F3,0x118FE},
{0x11907,0x11908},{0x1190A,0x1190B},{0x11914,0x11914},{0x11917,0x11917},
{0x11936,0x11936},{0x11939,0x1193A},{0x11947,0x1194F},{0x1195A,0x1199F},
{0x119A8,0x119A9},{0x119D8,0x119D9},{0x119E5,0x119FF},{0x11A48,0x11A4F},
{0x11AA3,0x11AAF},{0x11AF9,0x11BFF},{0x11C09,0x11C09},{0x11C37,0x11C37},
{0x11C46,0x11C4F},{0x11C6D,0x11C6F},{0x11C90,0x11C91},{0x11CA8,0x11CA8},
{0x11CB7,0x11CFF},{0x11D07,0x11D07},{0x11D0A,0x11D0A},{0x11D37,0x11D39},
{0x11D3B,0x11D3B},{0x11D3E,0x11D3E},{0x11D48,0x11D4F},{0x11D5A,0x11D5F},
{0x11D66,0x11D66},{0x11D69,0x11D69},{0x11D8F,0x11D8F},{0x11D92,0x11D92},
{0x11D99,0x11D9F},{0x11DAA,0x11EDF},{0x11EF9,0x11FAF},{0x11FB1,0x11FBF},
{0x11FF2,0x11FFE},{0x1239A,0x123FF},{0x1246F,0x1246F},{0x12475,0x1247F},
{0x12544,0x12F8F},{0x12FF3,0x12FFF},{0x1342F,0x143FF},{0x14647,0x167FF},
{0x16A39,0x16A3F},{0x16A5F,0x16A5F},{0x16A6A,0x16A6D},{0x16ABF,0x16ABF},
{0x16ACA,0x16ACF},{0x16AEE,0x16AEF},{0x16AF6,0x16AFF},{0x16B46,0x16B4F},
{0x16B5A,0x16B5A},{0x16B62,0x16B62},{0x16B78,0x16B7C},{0x16B90,0x16E3F},
{0x16E9B,0x16EFF},{0x16F4B,0x16F4E},{0x16F88,0x16F8E},{0x16FA0,0x16FDF},
{0x16FE5,0x16FEF},{0x16FF2,0x16FFF},{0x187F8,0x187FF},{0x18CD6,0x18CFF},
{0x18D09,0x1AFEF},{0x1AFF4,0x1AFF4},{0x1AFFC,0x1AFFC},{0x1AFFF,0x1AFFF},
{0x1B123,0x1B14F},{0x1B153,0x1B163},{0x1B168,0x1B16F},{0x1B2FC,0x1BBFF},
{0x1BC6B,0x1BC6F},{0x1BC7D,0x1BC7F},{0x1BC89,0x1BC8F},{0x1BC9A,0x1BC9B},
{0x1BCA0,0x1CEFF},{0x1CF2E,0x1CF2F},{0x1CF47,0x1CF4F},{0x1CFC4,0x1CFFF},
{0x1D0F6,0x1D0FF},{0x1D127,0x1D128},{0x1D173,0x1D17A},{0x1D1EB,0x1D1FF},
{0x1D246,0x1D2DF},{0x1D2F4,0x1D2FF},{0x1D357,0x1D35F},{0x1D379,0x1D3FF},
{0x1D455,0x1D455},{0x1D49D,0x1D49D},{0x1D4A0,0x1D4A1},{0x1D4A3,0x1D4A4},
{0x1D4A7,0x1D4A8},{0x1D4AD,0x1D4AD},{0x1D4BA,0x1D4BA},{0x1D4BC,0x1D4BC},
{0x1D4C4,0x1D4C4},{0x1D506,0x1D506},{0x1D50B,0x1D50C},{0x1D515,0x1D515},
{0x1D51D,0x1D51D},{0x1D53A,0x1D53A},{0x1D53F,0x1D53F},{0x1D545,0x1D545},
{0x1D547,0x1D549},{0x1D551,0x1D551},{0x1D6A6,0x1D6A7},{0x1D7CC,0x1D7CD},
{0x1DA8C,0x1DA9A},{0x1DAA0,0x1DAA0},{0x1DAB0,0x1DEFF},{0x1DF1F,0x1DFFF},
{0x1E007,0x1E007},{0x1E019,0x1E01A},{0x1E022,0x1E022},{0x1E025,0x1E025},
{0x1E02B,0x1E0FF},{0x1E12D,0x1E12F},{0x1E13E,0x1E13F},{0x1E14A,0x1E14D},
{0x1E150,0x1E28F},{0x1E2AF,0x1E2BF},{0x1E2FA,0x1E2FE},{0x1E300,0x1E7DF},
{0x1E7E7,0x1E7E7},{0x1E7EC,0x1E7EC},{0x1E7EF,0x1E7EF},{0x1E7FF,0x1E7FF},
{0x1E8C5,0x1E8C6},{0x1E8D7,0x1E8FF},{0x1E94C,0x1E94F},{0x1E95A,0x1E95D},
{0x1E960,0x1EC70},{0x1ECB5,0x1ED00},{0x1ED3E,0x1EDFF},{0x1EE04,0x1EE04},
{0x1EE20,0x1EE20},{0x1EE23,0x1EE23},{0x1EE25,0x1EE26},{0x1EE28,0x1EE28},
{0x1EE33,0x1EE33},{0x1EE38,0x1EE38},{0x1EE3A,0x1EE3A},{0x1EE3C,0x1EE41},
{0x1EE43,0x1EE46},{0x1EE48,0x1EE48},{0x1EE4A,0x1EE4A},{0x1EE4C,0x1EE4C},
{0x1EE50,0x1EE50},{0x1EE53,0x1EE53},{0x1EE55,0x1EE56},{0x1EE58,0x1EE58},
{0x1EE5A,0x1EE5A},{0x1EE5C,0x1EE5C},{0x1EE5E,0x1EE5E},{0x1EE60,0x1EE60},
{0x1EE63,0x1EE63},{0x1EE65,0x1EE66},{0x1EE6B,0x1EE6B},{0x1EE73,0x1EE73},
{0x1EE78,0x1EE78},{0x1EE7D,0x1EE7D},{0x1EE7F,0x1EE7F},{0x1EE8A,0x1EE8A},
{0x1EE9C,0x1EEA0},{0x1EEA4,0x1EEA4},{0x1EEAA,0x1EEAA},{0x1EEBC,0x1EEEF},
{0x1EEF2,0x1EFFF},{0x1F02C,0x1F02F},{0x1F094,0x1F09F},{0x1F0AF,0x1F0B0},
{0x1F0C0,0x1F0C0},{0x1F0D0,0x1F0D0},{0x1F0F6,0x1F0FF},{0x1F1AE,0x1F1E5},
{0x1F203,0x1F20F},{0x1F23C,0x1F23F},{0x1F249,0x1F24F},{0x1F252,0x1F25F},
{0x1F266,0x1F2FF},{0x1F6D8,0x1F6DC},{0x1F6ED,0x1F6EF},{0x1F6FD,0x1F6FF},
{0x1F774,0x1F77F},{0x1F7D9,0x1F7DF},{0x1F7EC,0x1F7EF},{0x1F7F1,0x1F7FF},
{0x1F80C,0x1F80F},{0x1F848,0x1F84F},{0x1F85A,0x1F85F},{0x1F888,0x1F88F},
{0x1F8AE,0x1F8AF},{0x1F8B2,0x1F8FF},{0x1FA54,0x1FA5F},{0x1FA6E,0x1FA6F},
{0x1FA75,0x1FA77},{0x1FA7D,0x1FA7F},{0x1FA87,0x1FA8F},{0x1FAAD,0x1FAAF},
{0x1FABB,0x1FABF},{0x1FAC6,0x1FACF},{0x1FADA,0x1FADF},{0x1FAE8,0x1FAEF},
{0x1FAF7,0x1FAFF},{0x1FB93,0x1FB93},{0x1FBCB,0x1FBEF},{0x1FBFA,0x1FFFF},
{0x2A6E0,0x2A6FF},{0x2B739,0x2B73F},{0x2B81E,0x2B81F},{0x2CEA2,0x2CEAF},
{0x2EBE1,0x2F7FF},{0x2FA1E,0x2FFFF},{0x3134B,0xE00FF},
{0xE01F0,0x10FFFF},
#line 37966 "pcall.nw"
};
#line 11644 "pcall.nw"
static int eq(const pv *a, const pv *b);
static const pv *hash_of(const pv *v, uint64_t *h);
#line 33918 "pcall.nw"
static int in_arena(const void *p);
static void *arena_take(size_t n);
static int arena_grow(void *p, size_t n);
static size_t arena_len(const void *p);
#line 10825 "pcall.nw"
static _Noreturn void vfail(const char *type, const char *fn,
                            const char *fmt, va_list ap)
{
    char msg[512];
    int n = snprintf(msg, sizeof msg, "%s: ", fn);
    if (n < 0 || (size_t)n >= sizeof msg)
        n = 0;
    vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
    pv_error_raise(type, msg);      /* in a pcall child: no return */
    fprintf(stderr, "pcall: %s\n", msg);
    abort();
}

#define FAIL_AS(name, type)                                          \
    static _Noreturn void name(const char *fn, const char *fmt, ...) \
        __attribute__((format(printf, 2, 3)));                       \
    static _Noreturn void name(const char *fn, const char *fmt, ...) \
    {                                                                \
        va_list ap;                                                  \
        va_start(ap, fmt);                                           \
        vfail(type, fn, fmt, ap);                                    \
    }
FAIL_AS(fail, "TypeError")
FAIL_AS(fail_index, "IndexError")
FAIL_AS(fail_value, "ValueError")
#line 10884 "pcall.nw"
void pv_error_hook_set(pv_error_hook *hook)
{
    error_hook = hook;
}

void pv_error_raise(const char *type, const char *msg)
{
    if (error_hook != NULL)
        error_hook(type, msg);
}
#line 10899 "pcall.nw"
void pv_err_set(pv_err *err, const char *fmt, ...)
{
    va_list ap;
    if (err == NULL)
        return;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}
#line 10918 "pcall.nw"
static _Noreturn void out_of_memory(size_t n, size_t size)
{
    char msg[80];
    snprintf(msg, sizeof msg, "out of memory (%zu x %zu bytes)", n,
             size);
    pv_error_raise("MemoryError", msg);
    fprintf(stderr, "pcall: %s\n", msg);
    abort();
}

static size_t xbytes(size_t n, size_t size)
{
    if (size != 0 && n > PTRDIFF_MAX / size)   /* no such object */
        out_of_memory(n, size);
    return n * size != 0 ? n * size : 1;
}

static void *xrealloc(void *p, size_t n, size_t size)
{
    p = pv_mem_realloc(p, xbytes(n, size));
    if (p == NULL)
        out_of_memory(n, size);
    return p;
}

static void *xalloc(size_t n, size_t size)
{
    return xrealloc(NULL, n, size);
}
#line 11004 "pcall.nw"
void *pv_mem_realloc(void *p, size_t n)
{
    
#line 33904 "pcall.nw"
if (p == NULL || in_arena(p)) {
    void *q;
    if (p == NULL)
        return (q = arena_take(n)) != NULL ? q : malloc(n);
    if (n <= arena_len(p) || arena_grow(p, n))
        return p;
    if ((q = arena_take(n)) == NULL && (q = malloc(n)) == NULL)
        return NULL;
    memcpy(q, p, arena_len(p));
    return q;                   /* p stays: freeing it is nothing */
}
#line 11007 "pcall.nw"
    return realloc(p, n);
}

void pv_mem_free(void *p)
{
    if (!in_arena(p))           /* a block of the region: nothing */
        free(p);
}
#line 11029 "pcall.nw"
static const pv *check(const pv *v, const char *fn)
{
    if (v == NULL)
        fail(fn, "NULL value");
    return v;
}

static void check_kind(const pv *v, pv_kind k, const char *fn)
{
    check(v, fn);
    if (v->kind != k)
        fail(fn, "expected '%s', got '%s'", kind_names[k],
             kind_names[v->kind]);
}

static pv *new_pv(pv_kind k)
{
    pv *v = xalloc(1, sizeof *v);
    memset(v, 0, sizeof *v);
    v->refs = 1;
    v->kind = k;
    return v;
}
#line 11065 "pcall.nw"
pv *pv_ref(const pv *v)
{
    pv *m = (pv *)v;
    check(v, "pv_ref");
    if (m->refs != PV_IMMORTAL)
        m->refs++;
    return m;
}
#line 11094 "pcall.nw"
int pv_is_shared(const pv *v)
{
    check(v, "pv_is_shared");
    return v->refs > 1;
}
#line 11113 "pcall.nw"
typedef struct freestack {
    pv **v;          /* local, or malloc'd when it grows */
    size_t n, cap;
    pv *local[64];
} freestack;

static void push(freestack *s, pv *v)
{
    if (s->n == s->cap) {
        pv **old = s->v == s->local ? NULL : s->v;
        pv **nv = xrealloc(old, s->cap * 2, sizeof *nv);
        if (old == NULL)
            memcpy(nv, s->local, s->n * sizeof *nv);
        s->v = nv;
        s->cap *= 2;
    }
    s->v[s->n++] = v;
}
#line 11134 "pcall.nw"
void pv_free(pv *v)
{
    freestack s;
    s.v = s.local;
    s.n = 0;
    s.cap = sizeof s.local / sizeof s.local[0];
    push(&s, v);
    while (s.n > 0) {
        pv *x = s.v[--s.n];
        if (x == NULL || x->refs == PV_IMMORTAL || --x->refs > 0)
            continue;
        
#line 11154 "pcall.nw"
switch (x->kind) {
case PV_STR:
case PV_BYTES:
    pv_mem_free(x->u.s.data);
    break;
case PV_TUPLE:
case PV_LIST:
    for (size_t i = 0; i < x->u.seq.n; i++)
        push(&s, x->u.seq.item[i]);
    pv_mem_free(x->u.seq.item);
    break;
case PV_DICT:
    for (size_t i = 0; i < x->u.d.n; i++) {
        push(&s, x->u.d.entry[i].key);
        push(&s, x->u.d.entry[i].value);
    }
    pv_mem_free(x->u.d.entry);
    pv_mem_free(x->u.d.slot);
    break;
default:
    break;
}
#line 11146 "pcall.nw"
        pv_mem_free(x);
    }
    if (s.v != s.local)
        pv_mem_free(s.v);
}
#line 11183 "pcall.nw"
pv *pv_none(void)
{
    return &none_obj;
}

pv *pv_bool(int b)
{
    return b ? &true_obj : &false_obj;
}

pv *pv_int(int64_t i)
{
    pv *v = new_pv(PV_INT);
    v->u.i = i;
    return v;
}

pv *pv_float(double d)
{
    pv *v = new_pv(PV_FLOAT);
    v->u.f = d;
    return v;
}
#line 11244 "pcall.nw"
static size_t utf8_check(const unsigned char *s, size_t n,
                         size_t *ncp)
{
    size_t i = 0, count = 0;
    while (i < n) {
        unsigned c = s[i], lo = 0x80, hi = 0xbf;
        size_t len;
        
#line 11268 "pcall.nw"
if (c < 0x80) {
    len = 1;
} else if (c >= 0xc2 && c <= 0xdf) {
    len = 2;
} else if (c >= 0xe0 && c <= 0xef) {
    len = 3;
    lo = c == 0xe0 ? 0xa0 : 0x80;  /* overlong */
    hi = c == 0xed ? 0x9f : 0xbf;  /* surrogates */
} else if (c >= 0xf0 && c <= 0xf4) {
    len = 4;
    lo = c == 0xf0 ? 0x90 : 0x80;  /* overlong */
    hi = c == 0xf4 ? 0x8f : 0xbf;  /* above U+10FFFF */
} else {
    return i;  /* 80..C1 (continuation, overlong), F5..FF */
}
#line 11252 "pcall.nw"
        if (len > n - i)
            return i;
        if (len > 1 && (s[i + 1] < lo || s[i + 1] > hi))
            return i;
        for (size_t k = 2; k < len; k++)
            if ((s[i + k] & 0xc0) != 0x80)
                return i;
        i += len;
        count++;
    }
    *ncp = count;
    return n;
}
#line 11289 "pcall.nw"
static uint32_t utf8_next(const unsigned char **p)
{
    const unsigned char *s = *p;
    uint32_t c = s[0];
    if (c < 0x80) {
        *p = s + 1;
        return c;
    }
    if (c < 0xe0) {
        *p = s + 2;
        return (c & 0x1f) << 6 | (s[1] & 0x3f);
    }
    if (c < 0xf0) {
        *p = s + 3;
        return (c & 0x0f) << 12 | (uint32_t)(s[1] & 0x3f) << 6
               | (s[2] & 0x3f);
    }
    *p = s + 4;
    return (c & 0x07) << 18 | (uint32_t)(s[1] & 0x3f) << 12
           | (uint32_t)(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
}
#line 11332 "pcall.nw"
void pv_advise_huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
    uintptr_t pg, a, b;
    if (p == NULL || n < PV_HUGE_MIN || in_arena(p))
        return;                 /* first: the common case is cheap */
    pg = (uintptr_t)sysconf(_SC_PAGESIZE);
    if (pg == 0 || (pg & (pg - 1)))
        return;
    a = (uintptr_t)p & ~(pg - 1);
    b = ((uintptr_t)p + malloc_usable_size(p) + pg - 1) & ~(pg - 1);
    (void)madvise((void *)a, b - a, MADV_HUGEPAGE);
#else
    (void)p;
    (void)n;
#endif
}
#line 11352 "pcall.nw"
static pv *new_string(pv_kind k, const void *data, size_t n,
                      size_t ncp)
{
    pv *v;
    if (n >= PTRDIFF_MAX)
        out_of_memory(n, 1);
    v = new_pv(k);
    v->u.s.data = xalloc(n + 1, 1);
    pv_advise_huge(v->u.s.data, n + 1);
    if (n > 0)
        memcpy(v->u.s.data, data, n);
    v->u.s.data[n] = '\0';
    v->u.s.len = n;
    v->u.s.ncp = ncp;
    return v;
}
#line 11371 "pcall.nw"
pv *pv_strn(const char *utf8, size_t n, pv_err *err)
{
    const unsigned char *s = (const unsigned char *)utf8;
    size_t ncp = 0, bad;
    if (s == NULL && n > 0)
        fail("pv_strn", "NULL string of length %zu", n);
    bad = utf8_check(s, n, &ncp);
    if (bad < n) {
        pv_err_set(err, "invalid UTF-8 at byte offset %zu (0x%02x)",
               bad, s[bad]);
        return NULL;
    }
    return new_string(PV_STR, s, n, ncp);
}

pv *pv_str(const char *utf8)
{
    size_t n, ncp = 0, bad;
    if (utf8 == NULL)
        fail("pv_str", "NULL string");
    n = strlen(utf8);
    bad = utf8_check((const unsigned char *)utf8, n, &ncp);
    if (bad < n)
        fail_value("pv_str", "invalid UTF-8 at byte offset %zu", bad);
    return new_string(PV_STR, utf8, n, ncp);
}
#line 11400 "pcall.nw"
pv *pv_bytes(const void *data, size_t n)
{
    if (data == NULL && n > 0)
        fail("pv_bytes", "NULL data of length %zu", n);
    return new_string(PV_BYTES, data, n, 0);
}
#line 11418 "pcall.nw"
pv *pv_bytes_new(size_t n, unsigned char **data)
{
    char *b;
    pv *v;
    if (data == NULL)
        fail("pv_bytes_new", "NULL data pointer");
    if (n >= PTRDIFF_MAX || (b = pv_mem_realloc(NULL, n + 1)) == NULL)
        return NULL;
    pv_advise_huge(b, n + 1);
    b[n] = '\0';
    v = new_pv(PV_BYTES);
    v->u.s.data = b;
    v->u.s.len = n;
    *data = (unsigned char *)b;
    return v;
}
#line 11443 "pcall.nw"
static pv *new_seq(pv_kind k, size_t n)
{
    pv *v = new_pv(k);
    v->u.seq.item = xalloc(n, sizeof(pv *));
    v->u.seq.n = n;
    v->u.seq.cap = n;
    return v;
}

pv *pv_tuple_new(size_t n)
{
    pv *t = new_seq(PV_TUPLE, n);
    for (size_t i = 0; i < n; i++)
        t->u.seq.item[i] = &none_obj;
    return t;
}

pv *pv_list_new(void)
{
    return new_seq(PV_LIST, 0);
}
#line 11471 "pcall.nw"
static pv *seq_from_args(pv_kind k, size_t n, va_list ap,
                         const char *fn)
{
    pv *v = new_seq(k, n);
    for (size_t i = 0; i < n; i++) {
        pv *x = va_arg(ap, pv *);
        if (x == NULL)
            fail(fn, "item %zu is NULL", i);
        v->u.seq.item[i] = x;
    }
    return v;
}

pv *pv_tuple(size_t n, ...)
{
    va_list ap;
    va_start(ap, n);
    pv *t = seq_from_args(PV_TUPLE, n, ap, "pv_tuple");
    va_end(ap);
    return t;
}
#line 11495 "pcall.nw"
pv *pv_list(size_t n, ...)
{
    va_list ap;
    va_start(ap, n);
    pv *l = seq_from_args(PV_LIST, n, ap, "pv_list");
    va_end(ap);
    return l;
}
#line 11510 "pcall.nw"
void pv_tuple_set(pv *t, size_t i, pv *item)
{
    check_kind(t, PV_TUPLE, "pv_tuple_set");
    if (item == NULL)
        fail("pv_tuple_set", "NULL item");
    if (t->refs != 1)
        fail("pv_tuple_set", "the tuple is shared (%zu references)",
             t->refs);
    if (i >= t->u.seq.n)
        fail_index("pv_tuple_set", "index %zu out of range for a "
                   "tuple of length %zu", i, t->u.seq.n);
    pv_free(t->u.seq.item[i]);
    t->u.seq.item[i] = item;
}
#line 11527 "pcall.nw"
void pv_list_append(pv *l, pv *item)
{
    check_kind(l, PV_LIST, "pv_list_append");
    if (item == NULL)
        fail("pv_list_append", "NULL item");
    if (item == l)
        fail_value("pv_list_append", "appending a list to itself");
    if (l->u.seq.n == l->u.seq.cap) {
        size_t cap = l->u.seq.cap ? 2 * l->u.seq.cap : 4;
        l->u.seq.item = xrealloc(l->u.seq.item, cap, sizeof(pv *));
        l->u.seq.cap = cap;
    }
    l->u.seq.item[l->u.seq.n++] = item;
}
#line 11630 "pcall.nw"
static size_t next_slot(size_t i, uint64_t *perturb, size_t mask)
{
    *perturb >>= 5;
    return (i * 5 + (size_t)*perturb + 1) & mask;
}
#line 11649 "pcall.nw"
#define NOT_FOUND SIZE_MAX

static size_t dict_find(const pv_dict *d, const pv *key, uint64_t h,
                        size_t *empty)
{
    uint64_t perturb = h;
    size_t i = (size_t)h & d->mask;
    if (d->slot == NULL)
        return NOT_FOUND;
    for (;;) {
        size_t ix = d->slot[i];
        if (ix == 0)
            break;
        const pv_entry *e = &d->entry[ix - 1];
        if (e->key == key || (e->hash == h && eq(e->key, key)))
            return ix - 1;
        i = next_slot(i, &perturb, d->mask);
    }
    if (empty != NULL)
        *empty = i;
    return NOT_FOUND;
}
#line 11681 "pcall.nw"
static size_t usable(size_t slots)
{
    return slots / 3 * 2;
}

static void dict_reindex(pv_dict *d, size_t want)
{
    size_t slots = 8;
    while (usable(slots) < want)
        slots *= 2;
    pv_mem_free(d->slot);
    d->slot = xalloc(slots, sizeof *d->slot);
    memset(d->slot, 0, slots * sizeof *d->slot);
    d->mask = slots - 1;
    for (size_t k = 0; k < d->n; k++) {
        uint64_t perturb = d->entry[k].hash;
        size_t i = (size_t)perturb & d->mask;
        while (d->slot[i] != 0)
            i = next_slot(i, &perturb, d->mask);
        d->slot[i] = k + 1;
    }
}
#line 11706 "pcall.nw"
pv *pv_dict_new(void)
{
    return new_pv(PV_DICT);  /* no entries, no index yet */
}
#line 11720 "pcall.nw"
int pv_dict_set(pv *d, pv *key, pv *value, pv_err *err)
{
    const pv *bad;
    uint64_t h;
    size_t k, empty = 0;
    check_kind(d, PV_DICT, "pv_dict_set");
    if (key == NULL || value == NULL)
        fail("pv_dict_set", "NULL %s", key ? "value" : "key");
    if (value == d)
        fail_value("pv_dict_set", "a dict as its own value");
    if ((bad = hash_of(key, &h)) != NULL) {
        pv_err_set(err, "unhashable type: '%s'", kind_names[bad->kind]);
        pv_free(key);
        pv_free(value);
        return -1;
    }
    
#line 11742 "pcall.nw"
pv_dict *t = &d->u.d;
if (t->slot == NULL || t->n + 1 > usable(t->mask + 1))
    dict_reindex(t, 2 * (t->n + 1));
k = dict_find(t, key, h, &empty);
if (k != NOT_FOUND) {
    pv *old = t->entry[k].value;
    t->entry[k].value = value;
    pv_free(key);
    pv_free(old);
} else {
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 4;
        t->entry = xrealloc(t->entry, t->cap, sizeof *t->entry);
    }
    t->entry[t->n] = (pv_entry){ h, key, value };
    t->slot[empty] = ++t->n;
}
#line 11737 "pcall.nw"
    return 0;
}
#line 11765 "pcall.nw"
pv_kind pv_kind_of(const pv *v)
{
    return check(v, "pv_kind_of")->kind;
}

const char *pv_kind_name(pv_kind k)
{
    if ((unsigned)k > PV_DICT)
        fail_value("pv_kind_name", "%d is not a pv_kind", (int)k);
    return kind_names[k];
}

int pv_is(const pv *v, pv_kind k)
{
    return check(v, "pv_is")->kind == k;
}
#line 11784 "pcall.nw"
int pv_as_bool(const pv *v)
{
    check_kind(v, PV_BOOL, "pv_as_bool");
    return (int)v->u.i;
}

int64_t pv_as_int(const pv *v)
{
    check(v, "pv_as_int");
    if (v->kind != PV_INT && v->kind != PV_BOOL)
        fail("pv_as_int", "expected 'int', got '%s'",
             kind_names[v->kind]);
    return v->u.i;
}

double pv_as_float(const pv *v)
{
    check_kind(v, PV_FLOAT, "pv_as_float");
    return v->u.f;
}
#line 11807 "pcall.nw"
const char *pv_str_data(const pv *v, size_t *len)
{
    check_kind(v, PV_STR, "pv_str_data");
    if (len != NULL)
        *len = v->u.s.len;
    return v->u.s.data;
}

const unsigned char *pv_bytes_data(const pv *v, size_t *len)
{
    check_kind(v, PV_BYTES, "pv_bytes_data");
    if (len != NULL)
        *len = v->u.s.len;
    return (const unsigned char *)v->u.s.data;
}
#line 11825 "pcall.nw"
size_t pv_len(const pv *v)
{
    switch (check(v, "pv_len")->kind) {
    case PV_STR:
        return v->u.s.ncp;
    case PV_BYTES:
        return v->u.s.len;
    case PV_TUPLE:
    case PV_LIST:
        return v->u.seq.n;
    case PV_DICT:
        return v->u.d.n;
    default:
        fail("pv_len", "object of type '%s' has no len()",
             kind_names[v->kind]);
    }
}
#line 11845 "pcall.nw"
pv *pv_item(const pv *seq, size_t i)
{
    check(seq, "pv_item");
    if (seq->kind != PV_TUPLE && seq->kind != PV_LIST)
        fail("pv_item", "expected 'tuple' or 'list', got '%s'",
             kind_names[seq->kind]);
    if (i >= seq->u.seq.n)
        fail_index("pv_item", "index %zu out of range for a %s of "
                   "length %zu", i, kind_names[seq->kind],
                   seq->u.seq.n);
    return seq->u.seq.item[i];
}
#line 11863 "pcall.nw"
pv *pv_dict_get(const pv *d, const pv *key)
{
    uint64_t h;
    size_t k;
    check_kind(d, PV_DICT, "pv_dict_get");
    check(key, "pv_dict_get");
    if (hash_of(key, &h) != NULL)
        return NULL;
    k = dict_find(&d->u.d, key, h, NULL);
    return k == NOT_FOUND ? NULL : d->u.d.entry[k].value;
}
#line 11883 "pcall.nw"
pv *pv_dict_get_str(const pv *d, const char *key)
{
    pv tmp;
    uint64_t h;
    size_t k;
    check_kind(d, PV_DICT, "pv_dict_get_str");
    if (key == NULL)
        fail("pv_dict_get_str", "NULL key");
    memset(&tmp, 0, sizeof tmp);
    tmp.refs = PV_IMMORTAL;
    tmp.kind = PV_STR;
    tmp.u.s.data = (char *)key;
    tmp.u.s.len = strlen(key);
    hash_of(&tmp, &h);
    k = dict_find(&d->u.d, &tmp, h, NULL);
    return k == NOT_FOUND ? NULL : d->u.d.entry[k].value;
}
#line 11903 "pcall.nw"
static const pv_entry *entry_at(const pv *d, size_t i,
                                const char *fn)
{
    check_kind(d, PV_DICT, fn);
    if (i >= d->u.d.n)
        fail_index(fn, "index %zu out of range for a dict of "
                   "length %zu", i, d->u.d.n);
    return &d->u.d.entry[i];
}

pv *pv_dict_key(const pv *d, size_t i)
{
    return entry_at(d, i, "pv_dict_key")->key;
}

pv *pv_dict_value(const pv *d, size_t i)
{
    return entry_at(d, i, "pv_dict_value")->value;
}
#line 11936 "pcall.nw"
static int int_eq_float(int64_t i, double d)
{
    int64_t t;
    if (!(d >= -0x1p63 && d < 0x1p63))  /* also false for nan */
        return 0;
    t = (int64_t)d;                     /* truncates toward zero */
    return (double)t == d && t == i;
}

static int is_number(const pv *v)
{
    return v->kind == PV_BOOL || v->kind == PV_INT
           || v->kind == PV_FLOAT;
}

static int num_eq(const pv *a, const pv *b)
{
    if (a->kind == PV_FLOAT && b->kind == PV_FLOAT)
        return a->u.f == b->u.f;  /* IEEE: nan != nan, -0.0 == 0.0 */
    if (a->kind == PV_FLOAT)
        return int_eq_float(b->u.i, a->u.f);
    if (b->kind == PV_FLOAT)
        return int_eq_float(a->u.i, b->u.f);
    return a->u.i == b->u.i;
}
#line 11971 "pcall.nw"
static int same(const pv *a, const pv *b)
{
    return a == b || eq(a, b);
}

static int dict_eq(const pv_dict *a, const pv_dict *b)
{
    if (a->n != b->n)
        return 0;
    for (size_t k = 0; k < a->n; k++) {
        const pv_entry *e = &a->entry[k];
        size_t j = dict_find(b, e->key, e->hash, NULL);
        if (j == NOT_FOUND || !same(e->value, b->entry[j].value))
            return 0;
    }
    return 1;
}
#line 11995 "pcall.nw"
static int eq(const pv *a, const pv *b)
{
    if (is_number(a) && is_number(b))
        return num_eq(a, b);
    if (a->kind != b->kind)
        return 0;
    switch (a->kind) {
    case PV_NONE:
        return 1;
    case PV_STR:
    case PV_BYTES:
        return a->u.s.len == b->u.s.len
               && memcmp(a->u.s.data, b->u.s.data, a->u.s.len) == 0;
    case PV_TUPLE:
    case PV_LIST:
        if (a->u.seq.n != b->u.seq.n)
            return 0;
        for (size_t i = 0; i < a->u.seq.n; i++)
            if (!same(a->u.seq.item[i], b->u.seq.item[i]))
                return 0;
        return 1;
    case PV_DICT:
        return dict_eq(&a->u.d, &b->u.d);
    default:
        return 0;
    }
}
#line 12036 "pcall.nw"
int pv_equal(const pv *a, const pv *b)
{
    check(a, "pv_equal");
    check(b, "pv_equal");
    if (a == b && a->kind != PV_FLOAT)
        return 1;               /* only a NaN is not itself */
    return eq(a, b);
}
#line 12069 "pcall.nw"
#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)   /* 2^61 - 1 */

static uint64_t hash_fix(uint64_t x, int negative)
{
    if (negative)
        x = -x;                 /* two's complement: -x as int64 */
    return x == UINT64_MAX ? UINT64_MAX - 1 : x;   /* -1 -> -2 */
}

static uint64_t hash_int(int64_t i)
{
    uint64_t mag = i < 0 ? (uint64_t)-(i + 1) + 1 : (uint64_t)i;
    return hash_fix(mag % HASH_MOD, i < 0);
}
#line 12093 "pcall.nw"
static uint64_t hash_float(double d)
{
    uint64_t bits, m;
    int e;
    if (isinf(d))
        return d > 0 ? 314159 : (uint64_t)-314159;
    if (isnan(d))
        return 0;
    memcpy(&bits, &d, sizeof bits);
    e = (int)(bits >> 52 & 0x7ff);
    m = bits & (((uint64_t)1 << 52) - 1);
    if (e == 0)
        e = 1;                     /* subnormal: no implicit 1 */
    else
        m |= (uint64_t)1 << 52;
    e -= 1075;                     /* now d = m * 2^e exactly */
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - (-1 - e) % HASH_BITS;
    m = ((m << e) & HASH_MOD) | m >> (HASH_BITS - e);
    return hash_fix(m, (int)(bits >> 63));
}
#line 12121 "pcall.nw"
static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 14695981039346656037u;   /* FNV offset basis */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211u;              /* FNV prime */
    }
    return h;
}
#line 12137 "pcall.nw"
#define XXPRIME_1 11400714785074694791u
#define XXPRIME_2 14029467366897019727u
#define XXPRIME_5 2870177450012600261u

static const pv *hash_tuple(const pv *t, uint64_t *h)
{
    uint64_t acc = XXPRIME_5, lane;
    for (size_t i = 0; i < t->u.seq.n; i++) {
        const pv *bad = hash_of(t->u.seq.item[i], &lane);
        if (bad != NULL)
            return bad;
        acc += lane * XXPRIME_2;
        acc = acc << 31 | acc >> 33;
        acc *= XXPRIME_1;
    }
    acc += t->u.seq.n ^ (XXPRIME_5 ^ 3527539u);
    *h = acc == UINT64_MAX ? 1546275796 : acc;
    return NULL;
}
#line 12166 "pcall.nw"
static const pv *hash_of(const pv *v, uint64_t *h)
{
    switch (v->kind) {
    case PV_NONE:
        *h = 0xFCA86420u;
        return NULL;
    case PV_BOOL:
    case PV_INT:
        *h = hash_int(v->u.i);
        return NULL;
    case PV_FLOAT:
        *h = hash_float(v->u.f);
        return NULL;
    case PV_STR:
    case PV_BYTES:
        *h = hash_bytes(v->u.s.data, v->u.s.len);
        return NULL;
    case PV_TUPLE:
        return hash_tuple(v, h);
    default:
        return v;                /* list, dict */
    }
}
#line 12192 "pcall.nw"
int pv_hash(const pv *v, uint64_t *h)
{
    uint64_t x;
    check(v, "pv_hash");
    if (hash_of(v, &x) != NULL)
        return -1;
    if (h != NULL)
        *h = x;
    return 0;
}
#line 12212 "pcall.nw"
typedef struct buf {
    char *s;
    size_t n, cap;
} buf;

static void buf_add(buf *b, const char *s, size_t n)
{
    if (b->cap - b->n <= n) {       /* keep room for the NUL */
        size_t cap = b->cap ? b->cap : 64;
        while (cap - b->n <= n)
            cap *= 2;
        b->s = realloc(b->s, xbytes(cap, 1));   /* never the arena */
        if (b->s == NULL)
            out_of_memory(cap, 1);
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}
#line 12235 "pcall.nw"
static void buf_puts(buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

static void buf_putc(buf *b, char c)
{
    buf_add(b, &c, 1);
}

static void buf_hex(buf *b, const char *prefix, uint32_t c, int w)
{
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%s%0*" PRIx32, prefix, w, c);
    buf_puts(b, tmp);
}
#line 12297 "pcall.nw"
static int split_e(const char *s, char *dig)
{
    int n = 0;
    for (; *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            dig[n++] = *s;
    dig[n] = '\0';
    return atoi(s + 1) + 1;          /* "e-05" -> decpt -4 */
}
#line 12313 "pcall.nw"
static double value_of(const char *dig, int decpt)
{
    char tmp[48];
    int n = (int)strlen(dig);
    snprintf(tmp, sizeof tmp, "%se%d", dig, decpt - n);
    return strtod(tmp, NULL);
}

static void next_up(char *dig, int *decpt)
{
    int i = (int)strlen(dig) - 1;
    while (i >= 0 && dig[i] == '9')
        dig[i--] = '0';
    if (i >= 0) {
        dig[i]++;
    } else {                         /* 999 -> 1000: one place up */
        dig[0] = '1';
        (*decpt)++;
    }
}
#line 12336 "pcall.nw"
static int shortest(double d, char *dig)
{
    char tmp[40], up[24];   /* "%.16e": 23 bytes at most */
    int decpt = 0, updecpt;
    for (int p = 1; p <= 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, d);
        decpt = split_e(tmp, dig);
        if (value_of(dig, decpt) == d)
            break;
        strcpy(up, dig);
        updecpt = decpt;
        next_up(up, &updecpt);
        if (value_of(dig, decpt) < d && value_of(up, updecpt) == d) {
            strcpy(dig, up);
            decpt = updecpt;
            break;
        }
    }
    return decpt;
}
#line 12373 "pcall.nw"
static void repr_float(buf *b, double d)
{
    char dig[24];
    int decpt, n;
    if (isnan(d)) {
        buf_puts(b, "nan");
        return;
    }
    if (signbit(d)) {
        buf_putc(b, '-');
        d = -d;
    }
    if (isinf(d)) {
        buf_puts(b, "inf");
        return;
    }
    decpt = shortest(d, dig);
    n = (int)strlen(dig);
    while (n > 1 && dig[n - 1] == '0')
        dig[--n] = '\0';
    if (decpt <= -4 || decpt > 16)
        
#line 12401 "pcall.nw"
{
    char e[16];
    buf_putc(b, dig[0]);
    if (n > 1) {
        buf_putc(b, '.');
        buf_puts(b, dig + 1);
    }
    snprintf(e, sizeof e, "e%c%02d", decpt - 1 < 0 ? '-' : '+',
             abs(decpt - 1));
    buf_puts(b, e);
}
#line 12395 "pcall.nw"
    else
        
#line 12415 "pcall.nw"
{
    if (decpt <= 0) {                   /* 0.000DDD */
        buf_puts(b, "0.");
        for (int i = decpt; i < 0; i++)
            buf_putc(b, '0');
        buf_puts(b, dig);
    } else if (decpt >= n) {            /* DDD000.0 */
        buf_puts(b, dig);
        for (int i = n; i < decpt; i++)
            buf_putc(b, '0');
        buf_puts(b, ".0");
    } else {                            /* DD.DDD */
        buf_add(b, dig, (size_t)decpt);
        buf_putc(b, '.');
        buf_puts(b, dig + decpt);
    }
}
#line 12397 "pcall.nw"
}
#line 12463 "pcall.nw"
static int printable(uint32_t c)
{
    size_t lo = 0, hi = sizeof nonprintable / sizeof nonprintable[0];
    while (lo < hi) {                /* find the range holding c */
        size_t mid = lo + (hi - lo) / 2;
        if (c < nonprintable[mid][0])
            hi = mid;
        else if (c > nonprintable[mid][1])
            lo = mid + 1;
        else
            return 0;
    }
    return 1;
}
#line 12480 "pcall.nw"
static char choose_quote(const char *s, size_t n)
{
    return memchr(s, '\'', n) != NULL && memchr(s, '"', n) == NULL
           ? '"' : '\'';
}

static int escape_common(buf *b, uint32_t c, char quote)
{
    if (c == (uint32_t)quote || c == '\\') {
        buf_putc(b, '\\');
        buf_putc(b, (char)c);
    } else if (c == '\t') {
        buf_puts(b, "\\t");
    } else if (c == '\n') {
        buf_puts(b, "\\n");
    } else if (c == '\r') {
        buf_puts(b, "\\r");
    } else {
        return 0;
    }
    return 1;
}
#line 12505 "pcall.nw"
static void repr_str(buf *b, const pv *v)
{
    const unsigned char *p = (const unsigned char *)v->u.s.data;
    const unsigned char *end = p + v->u.s.len;
    char quote = choose_quote(v->u.s.data, v->u.s.len);
    buf_putc(b, quote);
    while (p < end) {
        const unsigned char *start = p;
        uint32_t c = utf8_next(&p);
        if (escape_common(b, c, quote))
            continue;
        if (c < 0x20 || c == 0x7f)
            buf_hex(b, "\\x", c, 2);
        else if (c < 0x7f || printable(c))
            buf_add(b, (const char *)start, (size_t)(p - start));
        else
            buf_hex(b, c <= 0xff ? "\\x" : c <= 0xffff ? "\\u" : "\\U",
                    c, c <= 0xff ? 2 : c <= 0xffff ? 4 : 8);
    }
    buf_putc(b, quote);
}
#line 12533 "pcall.nw"
static void repr_bytes(buf *b, const pv *v)
{
    const unsigned char *p = (const unsigned char *)v->u.s.data;
    char quote = choose_quote(v->u.s.data, v->u.s.len);
    buf_putc(b, 'b');
    buf_putc(b, quote);
    for (size_t i = 0; i < v->u.s.len; i++) {
        if (escape_common(b, p[i], quote))
            continue;
        if (p[i] < 0x20 || p[i] >= 0x7f)
            buf_hex(b, "\\x", p[i], 2);
        else
            buf_putc(b, (char)p[i]);
    }
    buf_putc(b, quote);
}
#line 12558 "pcall.nw"
static void repr_to(buf *b, const pv *v);

static void repr_seq(buf *b, const pv *v, const char *open,
                     const char *close)
{
    buf_puts(b, open);
    for (size_t i = 0; i < v->u.seq.n; i++) {
        if (i > 0)
            buf_puts(b, ", ");
        repr_to(b, v->u.seq.item[i]);
    }
    if (v->kind == PV_TUPLE && v->u.seq.n == 1)
        buf_putc(b, ',');
    buf_puts(b, close);
}

static void repr_dict(buf *b, const pv *v)
{
    buf_putc(b, '{');
    for (size_t k = 0; k < v->u.d.n; k++) {
        if (k > 0)
            buf_puts(b, ", ");
        repr_to(b, v->u.d.entry[k].key);
        buf_puts(b, ": ");
        repr_to(b, v->u.d.entry[k].value);
    }
    buf_putc(b, '}');
}
#line 12589 "pcall.nw"
static void repr_to(buf *b, const pv *v)
{
    char tmp[32];
    switch (v->kind) {
    case PV_NONE:
        buf_puts(b, "None");
        break;
    case PV_BOOL:
        buf_puts(b, v->u.i ? "True" : "False");
        break;
    case PV_INT:
        snprintf(tmp, sizeof tmp, "%" PRId64, v->u.i);
        buf_puts(b, tmp);
        break;
    case PV_FLOAT:
        repr_float(b, v->u.f);
        break;
    
#line 12612 "pcall.nw"
case PV_STR:
    repr_str(b, v);
    break;
case PV_BYTES:
    repr_bytes(b, v);
    break;
case PV_TUPLE:
    repr_seq(b, v, "(", ")");
    break;
case PV_LIST:
    repr_seq(b, v, "[", "]");
    break;
case PV_DICT:
    repr_dict(b, v);
    break;
#line 12607 "pcall.nw"
    }
}
#line 12630 "pcall.nw"
char *pv_repr(const pv *v)
{
    buf b = { NULL, 0, 0 };
    check(v, "pv_repr");
    buf_add(&b, "", 0);              /* an empty result is "" */
    repr_to(&b, v);
    return b.s;
}

int pv_fprint(FILE *f, const pv *v)
{
    char *s;
    int r;
    if (f == NULL)
        fail("pv_fprint", "NULL stream");
    s = pv_repr(v);
    r = fputs(s, f) == EOF ? -1 : 0;
    free(s);
    return r;
}
#line 12661 "pcall.nw"
pv *pv_copy(const pv *v)
{
    pv *c;
    switch (check(v, "pv_copy")->kind) {
    case PV_TUPLE:
    case PV_LIST:
        c = new_seq(v->kind, v->u.seq.n);
        for (size_t i = 0; i < v->u.seq.n; i++)
            c->u.seq.item[i] = pv_copy(v->u.seq.item[i]);
        return c;
    case PV_DICT:
        
#line 12681 "pcall.nw"
c = new_pv(PV_DICT);
c->u.d = v->u.d;
c->u.d.cap = v->u.d.n;
c->u.d.entry = xalloc(v->u.d.n, sizeof(pv_entry));
for (size_t k = 0; k < v->u.d.n; k++) {
    c->u.d.entry[k].hash = v->u.d.entry[k].hash;
    c->u.d.entry[k].key = pv_ref(v->u.d.entry[k].key);
    c->u.d.entry[k].value = pv_copy(v->u.d.entry[k].value);
}
if (v->u.d.slot != NULL) {
    size_t slots = v->u.d.mask + 1;
    c->u.d.slot = xalloc(slots, sizeof(size_t));
    memcpy(c->u.d.slot, v->u.d.slot, slots * sizeof(size_t));
}
#line 12673 "pcall.nw"
        return c;
    default:
        return pv_ref((pv *)v);      /* immutable: share */
    }
}
#line 33829 "pcall.nw"
void pv_arena_use(void *mem, size_t size)
{
    if (mem == NULL)
        fail("pv_arena_use", "NULL region");
    if ((uintptr_t)mem % ARENA_ALIGN != 0)
        fail_value("pv_arena_use", "region not aligned for any object");
    if (arena.base != NULL)
        return;                 /* a child of a child: keep it */
    arena.size = size;
    atomic_store(&arena.top, 0);
    arena.base = mem;
}

static int in_arena(const void *p)
{
    uintptr_t a = (uintptr_t)p, b = (uintptr_t)arena.base;
    return arena.base != NULL && a >= b && a - b < arena.size;
}

/* Room for a block of n bytes and its header, aligned. */
static size_t arena_need(size_t n)
{
    return (n + 2 * ARENA_ALIGN - 1) / ARENA_ALIGN * ARENA_ALIGN;
}

static size_t arena_len(const void *p)
{
    size_t n;
    memcpy(&n, (const unsigned char *)p - ARENA_ALIGN, sizeof n);
    return n;
}
#line 33868 "pcall.nw"
static void *arena_take(size_t n)
{
    size_t top = atomic_load(&arena.top), need;
    if (arena.base == NULL || n > arena.size)
        return NULL;
    need = arena_need(n);
    do
        if (need > arena.size - top)
            return NULL;        /* full: the heap serves */
    while (!atomic_compare_exchange_weak(&arena.top, &top,
                                         top + need));
    memcpy(arena.base + top, &n, sizeof n);
    return arena.base + top + ARENA_ALIGN;
}

static int arena_grow(void *p, size_t n)
{
    size_t at = (size_t)((unsigned char *)p - arena.base)
                - ARENA_ALIGN;
    size_t end = at + arena_need(arena_len(p));
    if (n > arena.size || arena_need(n) > arena.size - at)
        return 0;
    if (!atomic_compare_exchange_strong(&arena.top, &end,
                                        at + arena_need(n)))
        return 0;               /* not the last block */
    memcpy(arena.base + at, &n, sizeof n);
    return 1;
}
