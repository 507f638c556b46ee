console.log("spa-test");
