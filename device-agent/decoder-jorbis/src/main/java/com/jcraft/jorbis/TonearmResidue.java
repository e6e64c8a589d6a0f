package com.jcraft.jorbis;

import com.jcraft.jogg.Buffer;

/**
 * Residue decoding (Vorbis I spec §8.6) as libvorbis 1.3's {@code res0.c} does it, in place of
 * JOrbis 0.0.17's {@code Residue0/1/2.inverse}, which differ in three ways:
 *
 * <ul>
 *   <li>A residue's end is not clamped to the block: libvorbis decodes up to {@code min(end, n/2)}
 *       per channel ({@code n/2 × channels} interleaved for type 2). JOrbis reads partitions the
 *       encoder never wrote, and from then on every further stage reads out of step.
 *   <li>A vector that runs past its partition (codebook dimension not dividing the partition size)
 *       is cut at the partition's end; JOrbis adds the rest of it into the next partition's samples,
 *       or past the array.
 *   <li>A partition-class codeword beyond {@code partitions^dim} ends the residue, as a short packet
 *       does, instead of throwing.
 * </ul>
 *
 * <p>One instance serves one decoder (one {@link DspState}, one thread); its scratch arrays grow to
 * the largest block and are reused, where JOrbis shares static ones under a class-wide lock.
 */
final class TonearmResidue extends Residue0 {
    private final int type;
    private int[][][] partword = new int[0][][];

    TonearmResidue(int type) {
        if (type < 0 || type > 2) {
            throw new IllegalArgumentException("residue type " + type);
        }
        this.type = type;
    }

    @Override
    int inverse(Block vb, Object vl, float[][] in, int[] nonzero, int ch) {
        if (type == 2) {
            for (int i = 0; i < ch; i++) {
                if (nonzero[i] != 0) {
                    return inverse2(vb, (LookResidue0) vl, in, ch);
                }
            }
            return 0;
        }
        int used = 0;
        for (int i = 0; i < ch; i++) {
            if (nonzero[i] != 0) {
                in[used++] = in[i];
            }
        }
        return used == 0 ? 0 : inverse01(vb, (LookResidue0) vl, in, used);
    }

    /** libvorbis {@code _01inverse}: each channel coded on its own, interleaved (type 0) or not (type 1). */
    private int inverse01(Block vb, LookResidue0 look, float[][] in, int ch) {
        InfoResidue0 info = look.info;
        int perPartition = info.grouping;
        int perWord = look.phrasebook.dim;
        int end = Math.min(info.end, vb.pcmend >> 1);
        int partitions = (end - info.begin) / perPartition;
        if (end - info.begin <= 0 || partitions == 0) {
            return 0;
        }
        int[][][] words = partwords(ch, (partitions + perWord - 1) / perWord);
        Buffer opb = vb.opb;
        for (int s = 0; s < look.stages; s++) {
            for (int i = 0, l = 0; i < partitions; l++) {
                if (s == 0) {
                    for (int j = 0; j < ch; j++) {
                        int[] word = partitionWord(look, opb);
                        if (word == null) {
                            return 0;
                        }
                        words[j][l] = word;
                    }
                }
                for (int k = 0; k < perWord && i < partitions; k++, i++) {
                    int offset = info.begin + i * perPartition;
                    for (int j = 0; j < ch; j++) {
                        CodeBook book = stageBook(look, words[j][l][k], s);
                        if (book != null && (type == 0 ? addInterleaved(book, in[j], offset, opb, perPartition)
                                : addSequential(book, in[j], offset, opb, perPartition)) < 0) {
                            return 0;
                        }
                    }
                }
            }
        }
        return 0;
    }

    /** libvorbis {@code res2_inverse}: all channels of the submap coded as one interleaved vector. */
    private int inverse2(Block vb, LookResidue0 look, float[][] in, int ch) {
        InfoResidue0 info = look.info;
        int perPartition = info.grouping;
        int perWord = look.phrasebook.dim;
        int end = Math.min(info.end, (vb.pcmend * ch) >> 1);
        int partitions = (end - info.begin) / perPartition;
        if (end - info.begin <= 0 || partitions == 0) {
            return 0;
        }
        int[][] words = partwords(1, (partitions + perWord - 1) / perWord)[0];
        Buffer opb = vb.opb;
        for (int s = 0; s < look.stages; s++) {
            for (int i = 0, l = 0; i < partitions; l++) {
                if (s == 0) {
                    int[] word = partitionWord(look, opb);
                    if (word == null) {
                        return 0;
                    }
                    words[l] = word;
                }
                for (int k = 0; k < perWord && i < partitions; k++, i++) {
                    CodeBook book = stageBook(look, words[l][k], s);
                    if (book != null && addAcross(book, in, info.begin + i * perPartition, ch, opb, perPartition) < 0) {
                        return 0;
                    }
                }
            }
        }
        return 0;
    }

    private int[][][] partwords(int ch, int words) {
        if (partword.length < ch) {
            int[][][] grown = new int[ch][][];
            System.arraycopy(partword, 0, grown, 0, partword.length);
            partword = grown;
        }
        for (int j = 0; j < ch; j++) {
            if (partword[j] == null || partword[j].length < words) {
                partword[j] = new int[words][];
            }
        }
        return partword;
    }

    /** The partition classes of the next codeword, or null where libvorbis stops decoding the residue. */
    private static int[] partitionWord(LookResidue0 look, Buffer opb) {
        int entry = look.phrasebook.decode(opb);
        return entry < 0 || entry >= look.partvals ? null : look.decodemap[entry];
    }

    private static CodeBook stageBook(LookResidue0 look, int partitionClass, int stage) {
        return (look.info.secondstages[partitionClass] & (1 << stage)) == 0 ? null
                : look.fullbooks[look.partbooks[partitionClass][stage]];
    }

    /** libvorbis {@code vorbis_book_decodevs_add}: n/dim vectors, interleaved with stride n/dim. */
    private static int addInterleaved(CodeBook book, float[] a, int offset, Buffer b, int n) {
        int dim = book.dim;
        int step = n / dim;
        float[] values = book.valuelist;
        for (int j = 0; j < step; j++) {
            int entry = book.decode(b);
            if (entry < 0) {
                return -1;
            }
            for (int i = 0, t = entry * dim, o = offset + j; i < dim; i++, o += step) {
                a[o] += values[t + i];
            }
        }
        return 0;
    }

    /** libvorbis {@code vorbis_book_decodev_add}: vectors one after another, the last cut at n. */
    private static int addSequential(CodeBook book, float[] a, int offset, Buffer b, int n) {
        int dim = book.dim;
        float[] values = book.valuelist;
        for (int i = offset, end = offset + n; i < end;) {
            int entry = book.decode(b);
            if (entry < 0) {
                return -1;
            }
            for (int j = 0, t = entry * dim; j < dim && i < end; j++) {
                a[i++] += values[t + j];
            }
        }
        return 0;
    }

    /** libvorbis {@code vorbis_book_decodevv_add}: values dealt to the channels in turn, cut at the end. */
    private static int addAcross(CodeBook book, float[][] a, int offset, int ch, Buffer b, int n) {
        int dim = book.dim;
        float[] values = book.valuelist;
        int chptr = 0;
        for (int i = offset / ch, end = (offset + n) / ch; i < end;) {
            int entry = book.decode(b);
            if (entry < 0) {
                return -1;
            }
            for (int j = 0, t = entry * dim; j < dim && i < end; j++) {
                a[chptr++][i] += values[t + j];
                if (chptr == ch) {
                    chptr = 0;
                    i++;
                }
            }
        }
        return 0;
    }
}
