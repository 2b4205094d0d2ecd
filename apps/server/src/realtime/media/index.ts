import type { createHandlerRegistry } from '../handler';
import { closeConsumer, consume, pauseConsumer, resumeConsumer, setLayer } from './consume';
import { closeProducer, pauseProducer, produce, resumeProducer } from './produce';
import { capabilities, producers, start } from './start';
import { connect, restartIce } from './transport';

export function registerMediaHandlers({
  handleInRoom,
}: ReturnType<typeof createHandlerRegistry>): void {
  handleInRoom('media:capabilities', capabilities);
  handleInRoom('media:start', start);
  handleInRoom('media:producers', producers);
  handleInRoom('media:connect', connect);
  handleInRoom('media:restart-ice', restartIce);
  handleInRoom('media:produce', produce);
  handleInRoom('media:pause-producer', pauseProducer);
  handleInRoom('media:resume-producer', resumeProducer);
  handleInRoom('media:close-producer', closeProducer);
  handleInRoom('media:consume', consume);
  handleInRoom('media:resume-consumer', resumeConsumer);
  handleInRoom('media:pause-consumer', pauseConsumer);
  handleInRoom('media:close-consumer', closeConsumer);
  handleInRoom('media:set-layer', setLayer);
}
