package io.tonearm.samples;

/** The sound of an artist; selects the arrangement in {@link Arrangements}. */
enum Style { LOFI_KEYS, SYNTH_POP, AMBIENT_PLUCKS }
