// Babel for the Taro builds: babel-preset-taro with React and TypeScript (webpack5 compiler).
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
};
