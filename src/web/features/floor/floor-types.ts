import type { FloorChair } from '../../../server/routes/floor/floor-board';

export type { FloorChair };

/** `GET /api/floor`: every chair in use or booked today, as of `generatedAt` on the server's clock. */
export interface FloorResponse {
  generatedAt: string;
  chairs: FloorChair[];
}

/** The live stream's state, as the board says it. */
export type StreamStatus = 'connecting' | 'live' | 'reconnecting';
