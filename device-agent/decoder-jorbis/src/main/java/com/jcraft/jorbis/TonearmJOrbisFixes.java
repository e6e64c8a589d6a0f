package com.jcraft.jorbis;

import com.jcraft.jogg.Buffer;
import com.jcraft.jogg.Packet;

/**
 * Fixes for JOrbis 0.0.17 bugs that break valid streams, placed in JOrbis's package because the
 * state involved is package-private. Works on the class path (the agent's deployment); a
 * module-path deployment would need JOrbis patched instead.
 *
 * <ul>
 *   <li>Mapping coupling steps are read with {@code floor(log2(channels))} bits instead of
 *       {@code ilog(channels - 1)} (Vorbis I spec §4.2.4.4), which misreads every coupled stream
 *       whose channel count is not a power of two, notably 5.1. {@link #unpackSetup} reads the
 *       setup header as JOrbis does but unpacks mappings per spec.
 *   <li>The mode number in an audio packet is read with {@code floor(log2(modes))} bits instead of
 *       {@code ilog(modes - 1)} (§4.3.1); {@link #fixSynthesis} corrects it after synthesis init.
 *   <li>Floor 1 curves are extended past their last post wrongly (§7.2.4), which turns 5.1 at low
 *       quality into noise on the LFE channel; {@link #fixSynthesis} installs {@link TonearmFloor1}.
 *   <li>Residues are decoded past the block's end and vectors past their partition's end (§8.6.2);
 *       {@link #fixSynthesis} installs {@link TonearmResidue}, libvorbis's decoding.
 * </ul>
 *
 * <p>Nothing here changes JOrbis's global state: each fix applies to the decoder it is given.
 */
public final class TonearmJOrbisFixes {
    private TonearmJOrbisFixes() {
    }

    /** Unpacks a setup header (packet type 5) into {@code vi}; 0 on success, -1 on a bad header. */
    public static int unpackSetup(Info vi, Packet op) {
        Buffer opb = new Buffer();
        opb.readinit(op.packet_base, op.packet + 7, op.bytes - 7);
        vi.books = opb.read(8) + 1;
        vi.book_param = new StaticCodeBook[vi.books];
        for (int i = 0; i < vi.books; i++) {
            vi.book_param[i] = new StaticCodeBook();
            if (vi.book_param[i].unpack(opb) != 0) {
                return -1;
            }
        }
        vi.times = opb.read(6) + 1;
        vi.time_type = new int[vi.times];
        vi.time_param = new Object[vi.times];
        for (int i = 0; i < vi.times; i++) {
            vi.time_type[i] = opb.read(16);
            if (vi.time_type[i] != 0 || (vi.time_param[i] = FuncTime.time_P[0].unpack(vi, opb)) == null) {
                return -1;
            }
        }
        vi.floors = opb.read(6) + 1;
        vi.floor_type = new int[vi.floors];
        vi.floor_param = new Object[vi.floors];
        for (int i = 0; i < vi.floors; i++) {
            int type = vi.floor_type[i] = opb.read(16);
            if (type < 0 || type > 1 || (vi.floor_param[i] = FuncFloor.floor_P[type].unpack(vi, opb)) == null) {
                return -1;
            }
        }
        vi.residues = opb.read(6) + 1;
        vi.residue_type = new int[vi.residues];
        vi.residue_param = new Object[vi.residues];
        for (int i = 0; i < vi.residues; i++) {
            int type = vi.residue_type[i] = opb.read(16);
            if (type < 0 || type > 2
                    || (vi.residue_param[i] = FuncResidue.residue_P[type].unpack(vi, opb)) == null) {
                return -1;
            }
        }
        vi.maps = opb.read(6) + 1;
        vi.map_type = new int[vi.maps];
        vi.map_param = new Object[vi.maps];
        for (int i = 0; i < vi.maps; i++) {
            if ((vi.map_type[i] = opb.read(16)) != 0 || (vi.map_param[i] = unpackMapping(vi, opb)) == null) {
                return -1;
            }
        }
        vi.modes = opb.read(6) + 1;
        vi.mode_param = new InfoMode[vi.modes];
        for (int i = 0; i < vi.modes; i++) {
            InfoMode mode = vi.mode_param[i] = new InfoMode();
            mode.blockflag = opb.read(1);
            mode.windowtype = opb.read(16);
            mode.transformtype = opb.read(16);
            mode.mapping = opb.read(8);
            if (mode.windowtype != 0 || mode.transformtype != 0 || mode.mapping < 0 || mode.mapping >= vi.maps) {
                return -1;
            }
        }
        return opb.read(1) == 1 ? 0 : -1;
    }

    private static Object unpackMapping(Info vi, Buffer opb) {
        Mapping0.InfoMapping0 info = new Mapping0().new InfoMapping0();
        info.submaps = opb.read(1) != 0 ? opb.read(4) + 1 : 1;
        if (opb.read(1) != 0) {
            info.coupling_steps = opb.read(8) + 1;
            int bits = Util.ilog(vi.channels - 1);
            for (int i = 0; i < info.coupling_steps; i++) {
                int mag = info.coupling_mag[i] = opb.read(bits);
                int ang = info.coupling_ang[i] = opb.read(bits);
                if (mag < 0 || ang < 0 || mag == ang || mag >= vi.channels || ang >= vi.channels) {
                    return null;
                }
            }
        }
        if (opb.read(2) != 0) {
            return null;
        }
        if (info.submaps > 1) {
            for (int i = 0; i < vi.channels; i++) {
                info.chmuxlist[i] = opb.read(4);
                if (info.chmuxlist[i] < 0 || info.chmuxlist[i] >= info.submaps) {
                    return null;
                }
            }
        }
        for (int i = 0; i < info.submaps; i++) {
            info.timesubmap[i] = opb.read(8);
            info.floorsubmap[i] = opb.read(8);
            info.residuesubmap[i] = opb.read(8);
            if (info.timesubmap[i] < 0 || info.timesubmap[i] >= vi.times || info.floorsubmap[i] < 0
                    || info.floorsubmap[i] >= vi.floors || info.residuesubmap[i] < 0
                    || info.residuesubmap[i] >= vi.residues) {
                return null;
            }
        }
        return info;
    }

    /**
     * Fixes a decoder just initialised by {@code synthesis_init}: its mode-number width, floor 1
     * synthesis, and residue decoding through instances of its own (one decoder, one thread).
     */
    public static void fixSynthesis(DspState vd) {
        Info vi = vd.vi;
        vd.modebits = Util.ilog(vi.modes - 1);
        TonearmResidue[] residues = {new TonearmResidue(0), new TonearmResidue(1), new TonearmResidue(2)};
        for (Object mode : vd.mode) {
            Mapping0.LookMapping0 look = (Mapping0.LookMapping0) mode;
            for (int i = 0; i < look.map.submaps; i++) {
                if (vi.floor_type[look.map.floorsubmap[i]] == 1) {
                    look.floor_func[i] = TonearmFloor1.INSTANCE;
                }
                look.residue_func[i] = residues[vi.residue_type[look.map.residuesubmap[i]]];
            }
        }
    }
}
