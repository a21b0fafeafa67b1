//! Unit tests of the CSR file: privilege checks, aliases, WARL rules.

use super::*;

fn counters() -> Counters {
    Counters {
        cycle: 10,
        instret: 7,
        time: 3,
        hpm: [4, 5, 6, 8, 9],
    }
}

#[test]
fn privilege_and_read_only_checks() {
    let f = CsrFile::new(0);
    assert!(f.check(addr::MSTATUS, Privilege::Machine, true).is_ok());
    assert_eq!(
        f.check(addr::MSTATUS, Privilege::Supervisor, false),
        Err(CsrFault)
    );
    assert_eq!(
        f.check(addr::MHARTID, Privilege::Machine, true),
        Err(CsrFault)
    );
    assert_eq!(
        f.check(addr::CYCLE, Privilege::Machine, true),
        Err(CsrFault)
    );
    assert!(f.check(addr::CYCLE, Privilege::Machine, false).is_ok());
    assert_eq!(f.check(addr::CYCLE, Privilege::User, false), Err(CsrFault));
    // FP CSRs need FS != Off.
    assert_eq!(
        f.check(addr::FCSR, Privilege::Machine, false),
        Err(CsrFault)
    );
}

#[test]
fn fcsr_aliases() {
    let mut f = CsrFile::new(0);
    let mut c = counters();
    f.write(addr::FCSR, 0xff, &mut c).unwrap();
    assert_eq!((f.frm, f.fflags), (7, 0x1f));
    f.write(addr::FRM, 2, &mut c).unwrap();
    assert_eq!(f.read(addr::FCSR, &c), Ok(0x5f));
    f.write(addr::FFLAGS, 0x21, &mut c).unwrap();
    assert_eq!(f.read(addr::FCSR, &c), Ok(0x41));
}

#[test]
fn mstatus_warl() {
    let mut f = CsrFile::new(0);
    let mut c = counters();
    f.write(addr::MSTATUS, u64::MAX, &mut c).unwrap();
    let s = f.read(addr::MSTATUS, &c).unwrap();
    assert_eq!(s & mstatus::SD, mstatus::SD, "FS dirty implies SD");
    assert_eq!(s >> 32 & 0xf, 0xa, "UXL = SXL = 64-bit");
    f.write(addr::MSTATUS, 2 << 11, &mut c).unwrap();
    assert_eq!(
        f.read(addr::MSTATUS, &c).unwrap() & mstatus::MPP,
        mstatus::MPP,
        "MPP=2 kept"
    );
    assert_eq!(f.read(addr::MISA, &c).unwrap(), MISA_VALUE);
    assert_eq!(MISA_VALUE >> 62, 2);
}

#[test]
fn tvec_and_epc_warl() {
    let mut f = CsrFile::new(0);
    let mut c = counters();
    f.write(addr::MTVEC, 0x8000_0001, &mut c).unwrap();
    f.write(addr::MTVEC, 0x9000_0002, &mut c).unwrap();
    assert_eq!(f.mtvec, 0x8000_0001);
    f.write(addr::MEPC, 0x8000_0003, &mut c).unwrap();
    assert_eq!(f.mepc, 0x8000_0002);
}

#[test]
fn hpm_counters_show_their_events() {
    let f = CsrFile::new(0);
    let c = counters();
    assert_eq!(f.read(0xb03, &c), Ok(4), "mhpmcounter3 = iTLB misses");
    assert_eq!(f.read(0xc04, &c), Ok(5), "hpmcounter4 = dTLB misses");
    assert_eq!(f.read(0xc05, &c), Ok(6), "hpmcounter5 = page walks");
    assert_eq!(f.read(0xb07, &c), Ok(9), "mhpmcounter7 = L1D misses");
    assert_eq!(f.read(0xc1f, &c), Ok(0));
}

#[test]
fn unknown_csr_faults() {
    let f = CsrFile::new(0);
    assert_eq!(f.read(0x7ff, &counters()), Err(CsrFault));
}
