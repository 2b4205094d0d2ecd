import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceOption, MediaSnapshot } from '../../services/media';

interface DevicePickersProps {
  snapshot: MediaSnapshot;
  onMicrophone: (deviceId: string) => void;
  onCamera: (deviceId: string) => void;
}

/** Which microphone and camera to use; tucked away, since most phones have one of each. */
export function DevicePickers({ snapshot, onMicrophone, onCamera }: DevicePickersProps) {
  const { t } = useTranslation();
  const canMicrophone = snapshot.microphone.restriction === null;
  const canCamera = snapshot.camera.restriction === null;
  if (!canMicrophone && !canCamera) return null;
  return (
    <details className="media-devices">
      <summary>{t('media.devices')}</summary>
      {canMicrophone && (
        <DeviceSelect
          label={t('media.microphoneDevice')}
          options={snapshot.microphones}
          value={snapshot.microphone.deviceId}
          unnamed={(number) => t('media.unnamedMicrophone', { number })}
          onChange={onMicrophone}
        />
      )}
      {canCamera && (
        <DeviceSelect
          label={t('media.cameraDevice')}
          options={snapshot.cameras}
          value={snapshot.camera.deviceId}
          unnamed={(number) => t('media.unnamedCamera', { number })}
          onChange={onCamera}
        />
      )}
    </details>
  );
}

interface DeviceSelectProps {
  label: string;
  options: readonly DeviceOption[];
  value: string | null;
  unnamed: (number: number) => string;
  onChange: (deviceId: string) => void;
}

function DeviceSelect({ label, options, value, unnamed, onChange }: DeviceSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const known = value !== null && options.some((o) => o.deviceId === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={known ? value : ''} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value="">{t('media.defaultDevice')}</option>}
        {options.map((o, i) => (
          <option key={o.deviceId} value={o.deviceId}>
            {o.label || unnamed(i + 1)}
          </option>
        ))}
      </select>
    </div>
  );
}
