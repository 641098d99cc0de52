import { HEAD_RADIUS, SEGMENT, SINK, THICKNESS } from './figure-kit';
import { limb, poseFigure } from './pose-figure';
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

/**
 * Page y of the line where the body meets the mattress: the underside of the trunk. A limb resting on the
 * mattress in front of the body shows a little below it; one that reaches far below it looks pushed
 * through the mattress.
 */
export const BODY_UNDERSIDE = BED + SINK;

export function sideLyingScene(): { shapes: TShape[]; arm: TShape[] } {
  const figure = poseFigure({
    hip: { x: 0, y: 0 },
    trunk: 180,
    belly: 'down',
    trunkWidth: TRUNK_WIDTH,
    near: { hip: HIP_BEND, knee: KNEE_BEND, ankle: 20 },
    far: { hip: HIP_BEND, knee: KNEE_BEND, ankle: 20 },
    accent: 'lowBack',
  });
  const { farLeg, trunk, head, nearLeg } = figure.parts;
  const place = (shapes: TShape[], height: (p: TPoint) => number) =>
    shapes.map((s) => mapShape(s, onBed(height)));

  const headCentre = onBed(() => TRUNK)(figure.head);
  // The head pillow stands on the mattress a little in front of the spine line and fills up to the head.
  const headPillowBase = { x: headCentre.x - 2, y: BED + HEAD_PILLOW_FRONT * DEPTH };
  const lowerKnee = onBed(() => LOWER_LEG)(figure.near.knee);
  const kneeGap = UPPER_LEG - LOWER_LEG - THICKNESS.thigh + 2 * SINK;
  const back = BED - 30 * DEPTH;
  const front = BED + 64 * DEPTH;
  const arm = topArm(figure.shoulder.x);
  const shapes: TShape[] = [
    // Mattress: its top seen from above, then its front face.
    { kind: 'rect', role: 'mat', x: 4, y: back, width: 192, height: front - back, rx: 2 },
    { kind: 'rect', role: 'furniture', x: 4, y: front, width: 192, height: 14, rx: 2 },
    pillow(headPillowBase, 44, headPillowBase.y - (headCentre.y + HEAD_RADIUS) + SINK),
    ...place(farLeg, () => LOWER_LEG),
    pillow({ x: lowerKnee.x, y: lowerKnee.y - THICKNESS.thigh / 2 + SINK }, 30, kneeGap),
    ...place(trunk, () => TRUNK),
    ...place(head, () => TRUNK),
    ...place(nearLeg, () => UPPER_LEG),
    ...arm,
  ];
  return { shapes, arm };
}

export const sideKneePillow: TDrawing = () => sideLyingScene().shapes;

/** A point in front of the figure: along the spine (x), up from the mattress, and towards the viewer. */
interface TPoint3 {
  x: number;
  height: number;
  depth: number;
}

function project(p: TPoint3): TPoint {
  return { x: HIP_X + p.x, y: BED - p.height + p.depth * DEPTH };
}

/**
 * The top arm rests in front of the chest: from the top shoulder down to the elbow on the mattress just in
 * front of the belly, then the forearm along the mattress towards the face. Placed in 3D with true segment
 * lengths, so it lies on the mattress close to the body and never reaches below it.
 */
function topArm(shoulderX: number): TShape[] {
  const shoulder = { x: shoulderX, height: UPPER_LEG, depth: 0 };
  const onMattress = THICKNESS.forearm / 2 - SINK;
  const elbowAlong = 8;
  const elbowDepth = Math.sqrt(SEGMENT.upperArm ** 2 - elbowAlong ** 2 - (UPPER_LEG - onMattress) ** 2);
  const elbow = { x: shoulderX + elbowAlong, height: onMattress, depth: elbowDepth };
  const handDepth = elbowDepth - 3;
  const hand = {
    x: elbow.x - Math.sqrt(SEGMENT.forearm ** 2 - (elbowDepth - handDepth) ** 2),
    height: onMattress,
    depth: handDepth,
  };
  const [s, e, h] = [shoulder, elbow, hand].map(project) as [TPoint, TPoint, TPoint];
  return limb(
    [
      { from: s, to: e, weight: THICKNESS.upperArm },
      { from: e, to: h, weight: THICKNESS.forearm },
    ],
    'body',
  );
}
