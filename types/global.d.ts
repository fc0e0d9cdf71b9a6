/// <reference types="@tarojs/taro" />
// Ambient declarations for the Taro app: style modules, assets and build-time constants.
declare module '*.png';
declare module '*.svg';
declare module '*.scss';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5';
  }
}
