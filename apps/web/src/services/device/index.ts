export {
  DEVICE_TOKEN_KEY,
  createDeviceTokenStore,
  deviceTokens,
  type DeviceTokenStore,
} from './device-token';
