import { HEAD_RADIUS, SINK, THICKNESS } from './figure-kit';
import { poseFigure } from './pose-figure';
import { pillow } from './props-kit';
import { mapShape, type TDrawing, type TPoint, type TShape } from './shapes';

/**
 * I4, seen from the side of the bed, a little from above: lying on the side facing us, hips bent 45 and
 * knees 75 degrees (the bent legs come towards us, so they dip down the page), a pillow between the knees
 * holding the top leg level with the hip, and a head pillow that keeps the head in line with the spine.
 */
const HIP_BEND = 45;
const KNEE_BEND = 75;
/** Page y of the mattress top right under the spine. */
const BED = 62;
const HIP_X = 104;
/** Looking down 30 degrees: a point 1 cm nearer to us shows sin(30) = 0.5 lower on the page. */
const DEPTH = 0.5;
/** Seen from the front the trunk shows the shoulders' width, far more than the side-view stroke. */
const TRUNK_WIDTH = 28;
/** Heights above the mattress (page units) of the part centre lines. */
const LOWER_LEG = THICKNESS.thigh / 2 - SINK;
const TRUNK = TRUNK_WIDTH / 2 - SINK;
// The top leg leaves the trunk near its top edge, and the knee pillow holds it level there.
const UPPER_LEG = TRUNK_WIDTH - 4;
/** How far the head pillow's front edge comes towards us (cm). */
const HEAD_PILLOW_FRONT = 8;

/** The figure is posed in its own side plane (y = distance towards the viewer), then laid on the bed. */
function onBed(height: (p: TPoint) => number) {
  return (p: TPoint): TPoint => ({ x: HIP_X + p.x, y: BED - height(p) + p.y * DEPTH });
}

export const sideKneePillow: TDrawing = () => {
  const figure = poseFigure({
    hip: { x: 0, y: 0 },
    trunk: 180,
    belly: 'down',
    trunkWidth: TRUNK_WIDTH,
    near: { hip: HIP_BEND, knee: KNEE_BEND, ankle: 20 },
    far: { hip: HIP_BEND, knee: KNEE_BEND, ankle: 20 },
    nearArm: { shoulder: 75, elbow: 60 },
    accent: 'lowBack',
  });
  const { farLeg, trunk, head, nearLeg, nearArm } = figure.parts;
  // The top arm comes forward and down from the top shoulder to rest the hand on the mattress.
  if (!figure.nearHand) throw new Error('side-knee-pillow: the pose has an arm');
  const reach = figure.nearHand.y;
  const armHeight = (p: TPoint) => UPPER_LEG - (UPPER_LEG - THICKNESS.forearm / 2) * Math.min(1, p.y / reach);
  const place = (shapes: TShape[], height: (p: TPoint) => number) =>
    shapes.map((s) => mapShape(s, onBed(height)));

  const headCentre = onBed(() => TRUNK)(figure.head);
  // The head pillow stands on the mattress a little in front of the spine line and fills up to the head.
  const headPillowBase = { x: headCentre.x - 2, y: BED + HEAD_PILLOW_FRONT * DEPTH };
  const lowerKnee = onBed(() => LOWER_LEG)(figure.near.knee);
  const kneeGap = UPPER_LEG - LOWER_LEG - THICKNESS.thigh + 2 * SINK;
  const back = BED - 30 * DEPTH;
  const front = BED + 64 * DEPTH;
  return [
    // Mattress: its top seen from above, then its front face.
    { kind: 'rect', role: 'mat', x: 4, y: back, width: 192, height: front - back, rx: 2 },
    { kind: 'rect', role: 'furniture', x: 4, y: front, width: 192, height: 14, rx: 2 },
    pillow(headPillowBase, 44, headPillowBase.y - (headCentre.y + HEAD_RADIUS) + SINK),
    ...place(farLeg, () => LOWER_LEG),
    pillow({ x: lowerKnee.x, y: lowerKnee.y - THICKNESS.thigh / 2 + SINK }, 30, kneeGap),
    ...place(trunk, () => TRUNK),
    ...place(head, () => TRUNK),
    ...place(nearLeg, () => UPPER_LEG),
    ...place(nearArm, armHeight),
  ];
};
