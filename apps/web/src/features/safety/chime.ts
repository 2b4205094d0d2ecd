/** The parts of the Web Audio API the chime uses, so it can be played against a fake. */
export interface ChimeContext {
  readonly currentTime: number;
  readonly state: string;
  readonly destination: AudioNode;
  resume: () => Promise<void>;
  createOscillator: () => OscillatorNode;
  createGain: () => GainNode;
}

/** Two soft sine tones, a fourth apart: heard across a room, not startling. */
const TONES = [
  { frequency: 659.25, start: 0 },
  { frequency: 880, start: 0.18 },
] as const;
const TONE_S = 0.5;
const VOLUME = 0.12;

let shared: ChimeContext | null = null;

function defaultContext(): ChimeContext | null {
  if (shared) return shared;
  const Context = (globalThis as { AudioContext?: new () => AudioContext }).AudioContext;
  if (!Context) return null;
  shared = new Context();
  return shared;
}

/**
 * A short chime for a new call for support. Never throws: a browser without Web Audio, or one
 * that blocks sound before the page was touched, still shows and announces the call.
 */
export function playChime(context: () => ChimeContext | null = defaultContext): boolean {
  try {
    const audio = context();
    if (!audio) return false;
    if (audio.state === 'suspended') audio.resume().catch(() => undefined);
    const now = audio.currentTime;
    for (const tone of TONES) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      const start = now + tone.start;
      oscillator.type = 'sine';
      oscillator.frequency.setValueAtTime(tone.frequency, start);
      // Fades in and out: a tone cut off sharply clicks.
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(VOLUME, start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + TONE_S);
      oscillator.connect(gain);
      gain.connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + TONE_S);
    }
    return true;
  } catch {
    return false;
  }
}
