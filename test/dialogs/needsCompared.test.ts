/** "My dad is 80, does he need more vitamin D than me (I'm 45)?": both figures, theirs first. */
import { describe, expect, it } from 'vitest';
import { lastReply } from '../support/testBot';

describe('someone’s need compared with the writer’s', () => {
  it('gives the writer’s own figure beside the parent’s when the writer’s age is told', async () => {
    const reply = await lastReply('my dad is 80, does he need more vitamin d than me (im 45)?');
    expect(reply).toContain('Recommended for your parent (a man, aged 80): 20 mcg (800 IU)');
    expect(reply).toContain('Recommended for you (aged 45): 15 mcg (600 IU)');
    expect(reply.indexOf('for your parent')).toBeLessThan(reply.indexOf('for you (aged 45)'));
  });

  it('works for a child too, and says nothing of the writer when no comparison is asked', async () => {
    expect(await lastReply('my son is 9, does he need more calcium than me? im 40')).toContain(
      'Recommended for you (aged 40): 1,000 mg',
    );
    expect(await lastReply('how much vitamin d does my dad need, im 45 and he is 80')).not.toContain(
      'Recommended for you (',
    );
  });

  it('gives the rows that may be the writer’s when their figure depends on a sex not told', async () => {
    const reply = await lastReply('my dad is 80, does he need more magnesium than me (im 45)?');
    expect(reply).toContain('Recommended for your parent (a man, aged 80): 420 mg');
    expect(reply).toContain('Recommended magnesium a day for you (aged 45) (RDA):');
    expect(reply).toContain('31-50 years · Male: 420 mg · Female: 320 mg');
    expect(reply).not.toContain('Recommended for you (');
  });
});
