/**
 * The key of one cell, a stage and a lane, shared by the layout, the room it makes for links and
 * an update's kept arrangements, so all three name a cell alike.
 */
export function cellKey(stageId: string, laneId: string): string {
  // Ids never contain spaces (the journey schema refuses them), so a space cannot make two cells share a key.
  return `${stageId} ${laneId}`
}
