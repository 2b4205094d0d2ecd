import { useEffect, useRef } from 'react';

interface VideoViewProps {
  track: MediaStreamTrack;
  /** The self-view is mirrored, as people expect of their own picture. */
  mirrored?: boolean;
}

/** Plays one video track. Muted: sound goes through the hidden audio elements. */
export function VideoView({ track, mirrored = false }: VideoViewProps) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = new MediaStream([track]);
    // A muted video may start without a tap; a refusal only leaves the first frame showing.
    video.play().catch(() => undefined);
    return () => {
      video.srcObject = null;
    };
  }, [track]);
  return (
    <video
      ref={ref}
      className={mirrored ? 'tile-video mirrored' : 'tile-video'}
      autoPlay
      playsInline
      muted
    />
  );
}
