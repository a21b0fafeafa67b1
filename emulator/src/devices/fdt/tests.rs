//! Tests for the device tree: a minimal DTB reader (devicetree spec,
//! "Flattened Devicetree (DTB) Format") checks the structure, and `dtc`,
//! when installed, must decompile the blob.

use super::*;
use std::collections::BTreeMap;

const FDT_MAGIC: u32 = 0xd00d_feed;
const FDT_BEGIN_NODE: u32 = 1;
const FDT_END_NODE: u32 = 2;
const FDT_PROP: u32 = 3;
const FDT_NOP: u32 = 4;
const FDT_END: u32 = 9;

fn be32(b: &[u8], off: usize) -> u32 {
    u32::from_be_bytes(b[off..off + 4].try_into().unwrap())
}

fn cstr(b: &[u8], off: usize) -> &str {
    let end = off + b[off..].iter().position(|&c| c == 0).unwrap();
    std::str::from_utf8(&b[off..end]).unwrap()
}

/// Every property of the blob, keyed by "/node/path:property".
fn properties(dtb: &[u8]) -> BTreeMap<String, Vec<u8>> {
    assert_eq!(be32(dtb, 0), FDT_MAGIC);
    assert_eq!(be32(dtb, 4) as usize, dtb.len(), "totalsize");
    let (structs, strings) = (be32(dtb, 8) as usize, be32(dtb, 12) as usize);
    let mut props = BTreeMap::new();
    let mut path: Vec<String> = Vec::new();
    let mut off = structs;
    loop {
        let token = be32(dtb, off);
        off += 4;
        match token {
            FDT_BEGIN_NODE => {
                let name = cstr(dtb, off);
                off += (name.len() + 1).next_multiple_of(4);
                path.push(name.to_string());
            }
            FDT_END_NODE => {
                path.pop().unwrap();
            }
            FDT_PROP => {
                let (len, nameoff) = (be32(dtb, off) as usize, be32(dtb, off + 4) as usize);
                let value = dtb[off + 8..off + 8 + len].to_vec();
                off += 8 + len.next_multiple_of(4);
                let node = if path.len() <= 1 {
                    "/".to_string()
                } else {
                    path.join("/")
                };
                props.insert(format!("{node}:{}", cstr(dtb, strings + nameoff)), value);
            }
            FDT_NOP => {}
            FDT_END => break,
            t => panic!("bad token {t:#x} at {off:#x}"),
        }
    }
    assert!(path.is_empty(), "unbalanced nodes");
    props
}

fn cells(v: &[u8]) -> Vec<u32> {
    v.chunks(4)
        .map(|c| u32::from_be_bytes(c.try_into().unwrap()))
        .collect()
}

fn text(v: &[u8]) -> String {
    String::from_utf8(v.to_vec()).unwrap()
}

fn config(harts: usize) -> FdtConfig {
    FdtConfig {
        harts,
        ram_base: 0x8000_0000,
        ram_size: 128 << 20,
        timebase_hz: 10_000_000,
        initrd: None,
        bootargs: "console=ttyS0 earlycon".into(),
    }
}

#[test]
fn describes_the_virt_board() {
    let p = properties(&build_fdt(&config(2)).unwrap());
    assert_eq!(text(&p["/:compatible"]), "riscv-virtio\0");
    assert_eq!(text(&p["/chosen:stdout-path"]), "/soc/serial@10000000\0");
    assert_eq!(text(&p["/chosen:bootargs"]), "console=ttyS0 earlycon\0");
    assert_eq!(
        cells(&p["/memory@80000000:reg"]),
        [0, 0x8000_0000, 0, 0x800_0000]
    );
    assert_eq!(cells(&p["/cpus:timebase-frequency"]), [10_000_000]);
    for hart in 0..2u32 {
        let cpu = format!("/cpus/cpu@{hart}");
        assert_eq!(cells(&p[&format!("{cpu}:reg")]), [hart]);
        assert_eq!(
            text(&p[&format!("{cpu}:riscv,isa")]),
            format!("{RISCV_ISA}\0")
        );
        assert_eq!(text(&p[&format!("{cpu}:mmu-type")]), "riscv,sv39\0");
        let intc = format!("{cpu}/interrupt-controller");
        assert_eq!(text(&p[&format!("{intc}:compatible")]), "riscv,cpu-intc\0");
        assert_eq!(cells(&p[&format!("{intc}:phandle")]), [intc_phandle(hart)]);
        assert!(p[&format!("{intc}:interrupt-controller")].is_empty());
    }
    assert_eq!(
        cells(&p["/soc/clint@2000000:interrupts-extended"]),
        [2, 3, 2, 7, 3, 3, 3, 7]
    );
    assert_eq!(
        cells(&p["/soc/clint@2000000:reg"]),
        [0, 0x200_0000, 0, 0x1_0000]
    );
    assert_eq!(text(&p["/soc/serial@10000000:compatible"]), "ns16550a\0");
    assert_eq!(
        cells(&p["/soc/serial@10000000:clock-frequency"]),
        [3_686_400]
    );
    assert_eq!(
        text(&p["/soc/test@100000:compatible"]),
        "sifive,test1\0sifive,test0\0syscon\0"
    );
    let test_phandle = cells(&p["/soc/test@100000:phandle"]);
    assert_eq!(cells(&p["/poweroff:regmap"]), test_phandle);
    assert_eq!(cells(&p["/poweroff:value"]), [0x5555]);
    assert_eq!(cells(&p["/reboot:value"]), [0x7777]);
}

#[test]
fn empty_bootargs_are_omitted_and_nul_is_an_error() {
    let mut cfg = config(1);
    cfg.bootargs.clear();
    let p = properties(&build_fdt(&cfg).unwrap());
    assert!(!p.contains_key("/chosen:bootargs"));
    assert!(!p.contains_key("/cpus/cpu@1:reg"));
    cfg.bootargs = "a\0b".into();
    assert_eq!(
        build_fdt(&cfg),
        Err(FdtError::Writer(vm_fdt::Error::InvalidString))
    );
}

#[test]
fn dtc_decompiles_it() {
    let dtb = build_fdt(&config(2)).unwrap();
    let path = std::env::temp_dir().join(format!("rvlab-fdt-test-{}.dtb", std::process::id()));
    std::fs::write(&path, &dtb).unwrap();
    let out = std::process::Command::new("dtc")
        .args(["-I", "dtb", "-O", "dts"])
        .arg(&path)
        .output();
    let _ = std::fs::remove_file(&path);
    let Ok(out) = out else {
        eprintln!("dtc not installed (apt-get install device-tree-compiler); skipped");
        return;
    };
    assert!(
        out.status.success(),
        "dtc: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dts = String::from_utf8_lossy(&out.stdout);
    for node in [
        "chosen {",
        "cpu@1 {",
        "clint@2000000 {",
        "serial@10000000 {",
        "test@100000 {",
    ] {
        assert!(dts.contains(node), "no {node} in\n{dts}");
    }
}

#[test]
fn load_address_like_qemu() {
    // 128 MiB at 2 GiB: the top 2 MiB-aligned slot below 0x8800_0000.
    assert_eq!(
        fdt_load_addr(0x8000_0000, 128 << 20, 0x1000),
        Some(0x87e0_0000)
    );
    // RAM beyond 3 GiB: capped at 3 GiB.
    assert_eq!(
        fdt_load_addr(0x8000_0000, 4 << 30, 0x1000),
        Some(0xbfe0_0000)
    );
    assert_eq!(fdt_load_addr(0x8000_0000, 0x1000, 0x2000), None);
}
