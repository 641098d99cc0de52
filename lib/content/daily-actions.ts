import type { TContentItem } from '@/lib/payload/schema';
import { type BuildContext, sectionIn } from '@/templates/section';
import { heatCold, heatDurations, usesCold, usesHeat } from '@/templates/sections/heat-cold';
import { hydration } from '@/templates/sections/hydration';
import { legLift } from '@/templates/sections/leg-lift';
import { reliefPositions } from '@/templates/sections/relief-positions';
import { stayingActive } from '@/templates/sections/staying-active';
import { stretching } from '@/templates/sections/stretching';

/** One thing to do each day: the plan's sentence, and the tracker's row when it is done a set number of times. */
export interface DailyAction {
  line: TContentItem;
  tick?: { label: TContentItem; timesPerDay: number };
}

type Ctx = Pick<BuildContext, 'item' | 'text' | 'quantity' | 'sections'>;

function heatAndCold(c: Ctx): DailyAction[] {
  const p = sectionIn(c, heatCold);
  if (!p) return [];
  const actions: DailyAction[] = [];
  if (p.mode === 'cold-then-heat') {
    actions.push({ line: c.item('plan.coldFirst', ['001'], { count: p.coldFirstDays }) });
  }
  if (p.mode === 'cold-only') {
    actions.push({
      line: c.item('plan.cold', ['001', 'ED'], {
        duration: c.quantity('minute', p.coldMinutes),
        count: p.coldMaxPerDay,
      }),
      tick: { label: c.item('tracker.cold', ['001']), timesPerDay: p.coldMaxPerDay },
    });
  }
  if (usesHeat(p)) {
    // Patient's choice: heat and cold may last differently, so the plan gives only how often.
    const isEither = p.mode === 'patient-choice';
    const durations = heatDurations(p, c);
    const values = { count: p.heatTimesPerDay, duration: durations[0] };
    const line = isEither
      ? c.item('plan.heatOrCold', ['001', '003'], values)
      : c.item(durations.length === 1 ? 'plan.heat' : 'plan.heatTimes', ['001', 'CONS'], values);
    const label = c.item(isEither && usesCold(p) ? 'tracker.heatOrCold' : 'tracker.heat', ['001']);
    actions.push({ line, tick: { label, timesPerDay: p.heatTimesPerDay } });
  }
  return actions;
}

/**
 * What this handout asks the patient to do each day, drawn from the sections it holds and their
 * parameters, in the order the handout teaches them. "Your plan" prints the lines; the 7-day tracker
 * draws a row of boxes for each action done a set number of times a day.
 */
export function dailyActions(c: Ctx): DailyAction[] {
  return c.sections.flatMap(({ id }): DailyAction[] => {
    switch (id) {
      case 'relief-positions': {
        const p = sectionIn(c, reliefPositions);
        return p
          ? [{ line: c.item('plan.rest', ['000', 'ED'], { duration: c.quantity('minute', p.minutes) }) }]
          : [];
      }
      case 'heat-cold':
        return heatAndCold(c);
      case 'staying-active': {
        const p = sectionIn(c, stayingActive);
        if (!p) return [];
        return [
          {
            line: c.item('plan.walks', ['001'], {
              count: p.walksPerDay,
              duration: c.quantity('minute', p.walkMinutes),
            }),
            tick: { label: c.item('tracker.walk', ['001']), timesPerDay: p.walksPerDay },
          },
        ];
      }
      case 'stretching': {
        const p = sectionIn(c, stretching);
        if (!p) return [];
        const key = p.phase === 'after-worst-pain' ? 'plan.stretchLater' : 'plan.stretch';
        return [
          {
            line: c.item(key, ['001', 'ED'], { count: p.timesPerDay }),
            tick: { label: c.item('tracker.stretch', ['001']), timesPerDay: p.timesPerDay },
          },
        ];
      }
      case 'leg-lift': {
        const p = sectionIn(c, legLift);
        if (!p) return [];
        const key = p.start === 'now' ? 'plan.legLift' : 'plan.legLiftLater';
        return [
          {
            line: c.item(key, ['004', 'ED'], { count: p.sessionsPerDay }),
            tick: { label: c.item('tracker.legLift', ['004']), timesPerDay: p.sessionsPerDay },
          },
        ];
      }
      case 'hydration': {
        const p = sectionIn(c, hydration);
        if (!p) return [];
        return [
          { line: p.fluidLimit ? c.item('hydration.limitOn', ['CONS']) : c.item('plan.water', ['000']) },
        ];
      }
      default:
        return [];
    }
  });
}
