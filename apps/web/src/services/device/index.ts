export { createDeviceTokenStore, deviceTokens, type DeviceTokenStore } from './device-token';
