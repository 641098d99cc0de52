import { restOn, SEGMENT, THICKNESS, type TPose } from './figure-kit';
import { poseFigure, reach, restHead } from './pose-figure';

/**
 * Face down with the head turned to one side and resting on the folded arms ("Rest it on your arms"):
 * the upper arm reaches forward from the shoulder to an elbow on the floor beyond the head, the forearm
 * lies on the floor back under the face, and the head rests on the forearm. Elbow and hand both touch the
 * floor, so nothing floats and nothing sinks into it.
 */
export function armsUnderHead(pose: TPose, floorY: number): TPose {
  const { shoulder, head } = poseFigure(pose);
  const forward = Math.sign(head.x - shoulder.x);
  const forearmY = restOn(floorY, THICKNESS.forearm);
  const drop = forearmY - shoulder.y;
  // The elbow is where an upper arm from the shoulder meets the floor; the hand a forearm back from it
  // (a hair short, so the reach always resolves).
  const elbowX = shoulder.x + forward * Math.sqrt(Math.max(0, SEGMENT.upperArm ** 2 - drop ** 2));
  const hand = { x: elbowX - forward * SEGMENT.forearm * 0.999, y: forearmY };
  const choices = ([1, -1] as const).map((side) => ({ ...pose, nearArm: reach(pose, hand, side) }));
  // Of the two ways to bend the elbow, the one that lays it on the floor (the other is its mirror image
  // through the shoulder-hand line, under the floor).
  const offFloor = (p: TPose) => Math.abs((poseFigure(p).nearElbow?.y ?? Infinity) - forearmY);
  const [armed = pose] = choices.sort((p, q) => offFloor(p) - offFloor(q));
  return restHead(armed, forearmY - THICKNESS.forearm / 2);
}
