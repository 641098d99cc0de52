import { describe, expect, it } from 'vitest';

import { isPrivateText, withPrivateText } from '@/lib/pdf/private-text';

describe('isPrivateText (what the text layout cache must not keep)', () => {
  it('matches a name in any case, inside a longer text, and word by word', async () => {
    await withPrivateText({ names: ['Alex Rivera'], texts: [] }, async () => {
      expect(isPrivateText('Patient: ALEX RIVERA')).toBe(true);
      expect(isPrivateText('Dear Alex,')).toBe(true);
      expect(isPrivateText('Rivera\u200b')).toBe(true);
      expect(isPrivateText('Walk for five minutes.')).toBe(false);
    });
  });

  it('folds spacing and case the same in plain ASCII as in any other text', async () => {
    await withPrivateText({ names: ['Alex Rivera'], texts: ['Walk  twice a day'] }, async () => {
      // Printable ASCII takes a short way (private-text.ts): runs of spaces still fold to one.
      expect(isPrivateText('  ALEX   RIVERA  ')).toBe(true);
      expect(isPrivateText('WALK TWICE   A DAY')).toBe(true);
      expect(isPrivateText('walk\ttwice a day')).toBe(true);
      expect(isPrivateText('Walk twice a week')).toBe(false);
    });
  });

  it('matches free text line by line, and any piece of it', async () => {
    const note = 'Start the leg lifts next week.\nCall me if the walks hurt.';
    await withPrivateText({ names: [], texts: [note] }, async () => {
      expect(isPrivateText(note)).toBe(true);
      expect(isPrivateText('Call me if the walks hurt.')).toBe(true);
      expect(isPrivateText('leg lifts')).toBe(true);
      // A note's common words alone do not make the whole handout private.
      expect(isPrivateText('Lie on your back with the knees bent.')).toBe(false);
    });
  });

  it("does not count a piece the handout prints for every patient as the patient's", async () => {
    const note = 'Call me if the walks hurt.';
    const workNote = 'Works nights at the Ridge bakery';
    const shared = ['Walk', 'Walk 3 minutes, 5 times a day', workNote, 'Say hello to Alex'];
    await withPrivateText({ names: ['Alex Rivera'], texts: [note, workNote], shared }, async () => {
      // The tracker's label is a piece of the note, and printed for everyone.
      expect(isPrivateText('Walk')).toBe(false);
      expect(isPrivateText('walk 3 minutes')).toBe(false);
      // A piece of the note printed nowhere else stays the patient's.
      expect(isPrivateText('the walks hurt')).toBe(true);
      expect(isPrivateText(note)).toBe(true);
      // A work note is one of the sections' words: that makes none of its pieces shared.
      expect(isPrivateText('Ridge bakery')).toBe(true);
      // Nor does a shared text with the patient's name in it share the name.
      expect(isPrivateText('Alex')).toBe(true);
    });
  });

  it('holds only while a render is in flight, for every render in flight', async () => {
    let release = () => {};
    const first = withPrivateText(
      { names: ['Mina'], texts: [] },
      () => new Promise<void>((resolve) => (release = resolve)),
    );
    await withPrivateText({ names: ['Omar'], texts: [] }, async () => {
      expect(isPrivateText('Mina')).toBe(true);
      expect(isPrivateText('Omar')).toBe(true);
    });
    expect(isPrivateText('Omar')).toBe(false);
    release();
    await first;
    expect(isPrivateText('Mina')).toBe(false);
  });
});
